# Writes OUTPUT, a C++ source defining storepulse::schema::embedded_starter_actions() from INPUT.
file(READ ${INPUT} text)
file(WRITE ${OUTPUT} "// Generated from schema/starter_actions.textproto; do not edit.\n#include \"storepulse/schema/starter_actions.h\"\n\nnamespace storepulse::schema {\n\nstd::string_view embedded_starter_actions() {\n  return R\"storepulse_text(${text})storepulse_text\";\n}\n\n}  // namespace storepulse::schema\n")
