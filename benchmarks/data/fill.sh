# Sourced by the benchmarks' run.sh after benchmarks/common/product.sh: fills Northmoor on the
# product in use with partnership.sql (see its header for what it holds).
#
#   fill_northmoor REFERRALS DRAFTS REVIEWS AUDIT_ROWS

fill_northmoor() {
  local referrals="$1" drafts="$2" reviews="$3" audit="$4" classes
  classes="$(compile_benchmark "$REPO/benchmarks/data/PrepareNorthmoor.java")"
  java -cp "$classes" PrepareNorthmoor "$APP"
  rm -rf "$classes"
  echo "==> Filling Northmoor: $referrals referrals, $drafts drafts, $reviews reviews, $audit audit rows" \
       "(database $(product_db))"
  local started=$SECONDS
  psql_product -d "$(product_db)" -v referrals="$referrals" -v drafts="$drafts" -v reviews="$reviews" \
      -v audit="$audit" -f "$REPO/benchmarks/data/partnership.sql"
  echo "==> Filled in $((SECONDS - started)) s"
}
