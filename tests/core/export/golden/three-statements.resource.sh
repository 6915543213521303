# Save the policy as bucket-policy.json:
cat > bucket-policy.json <<'POLICY'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OwnFolder",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::111122223333:user/alice"
      },
      "Action": [
        "s3:GetObject",
        "s3:PutObject"
      ],
      "Resource": "arn:aws:s3:::example-bucket/home/${aws:username}/*",
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "true"
        },
        "StringLike": {
          "s3:prefix": [
            "",
            "home/${aws:username}/"
          ]
        }
      }
    },
    {
      "Sid": "AuditorsList",
      "Effect": "Allow",
      "Principal": {
        "AWS": [
          "arn:aws:iam::111122223333:root",
          "arn:aws:iam::444455556666:role/auditor"
        ],
        "Service": "cloudtrail.amazonaws.com"
      },
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::example-bucket"
    },
    {
      "Effect": "Deny",
      "Principal": "*",
      "NotAction": "s3:GetObject",
      "NotResource": [
        "arn:aws:s3:::example-bucket/public/*"
      ],
      "Condition": {
        "NumericGreaterThan": {
          "s3:max-keys": 10
        },
        "Null": {
          "aws:MultiFactorAuthAge": true
        }
      }
    }
  ]
}
POLICY

# Then set it as the bucket's policy (this replaces the policy the bucket has):
aws s3api put-bucket-policy --bucket example-bucket --policy file://bucket-policy.json
