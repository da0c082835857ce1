#!/bin/sh
# One-shot setup of MinIO for the catalog, safe to run on every `docker compose up`: the audio bucket,
# and an account (S3_ACCESS_KEY_ID) that can only read, write and delete objects in that bucket, so
# the catalog never holds MinIO's root credentials.
set -eu

mc alias set sp0t1fy "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null
mc mb --ignore-existing "sp0t1fy/$S3_BUCKET"

cat >/tmp/catalog-policy.json <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads"],
      "Resource": ["arn:aws:s3:::$S3_BUCKET"]
    },
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
      "Resource": ["arn:aws:s3:::$S3_BUCKET/*"]
    }
  ]
}
JSON
mc admin policy create sp0t1fy sp0t1fy-catalog /tmp/catalog-policy.json
mc admin user add sp0t1fy "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY"
if ! mc admin user info sp0t1fy "$S3_ACCESS_KEY_ID" --json | grep -q '"sp0t1fy-catalog"'; then
  mc admin policy attach sp0t1fy sp0t1fy-catalog --user "$S3_ACCESS_KEY_ID"
fi
echo "create-bucket: bucket $S3_BUCKET ready for $S3_ACCESS_KEY_ID"
