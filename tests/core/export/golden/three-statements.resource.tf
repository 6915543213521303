# The policy of the resource it protects, e.g. policy = data.aws_iam_policy_document.bucket_policy.json in an aws_s3_bucket_policy.
data "aws_iam_policy_document" "bucket_policy" {
  version = "2012-10-17"

  statement {
    sid    = "OwnFolder"
    effect = "Allow"

    actions = [
      "s3:GetObject",
      "s3:PutObject",
    ]

    resources = ["arn:aws:s3:::example-bucket/home/&{aws:username}/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:user/alice"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["", "home/&{aws:username}/"]
    }
  }

  statement {
    sid       = "AuditorsList"
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::example-bucket"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/auditor"]
    }

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
  }

  statement {
    effect        = "Deny"
    not_actions   = ["s3:GetObject"]
    not_resources = ["arn:aws:s3:::example-bucket/public/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "NumericGreaterThan"
      variable = "s3:max-keys"
      values   = ["10"]
    }

    condition {
      test     = "Null"
      variable = "aws:MultiFactorAuthAge"
      values   = ["true"]
    }
  }
}
