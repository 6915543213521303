# Use it as policy = data.aws_iam_policy_document.reader.json in an aws_iam_policy (or an aws_iam_role_policy).
data "aws_iam_policy_document" "reader" {
  policy_id = "ExampleId"

  statement {
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::example-bucket"]
  }
}
