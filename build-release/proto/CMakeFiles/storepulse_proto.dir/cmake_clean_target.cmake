file(REMOVE_RECURSE
  "libstorepulse_proto.a"
)
