file(REMOVE_RECURSE
  "libstorepulse_schema.a"
)
