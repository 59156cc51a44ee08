file(REMOVE_RECURSE
  "libstorepulse_server_core.a"
)
