# Writes OUTPUT, a C++ source defining storepulse::schema::FUNCTION() (declared in HEADER) that
# returns the text of INPUT.
file(READ ${INPUT} text)
get_filename_component(name ${INPUT} NAME)
file(WRITE ${OUTPUT} "// Generated from schema/${name}; do not edit.\n#include \"storepulse/schema/${HEADER}\"\n\nnamespace storepulse::schema {\n\nstd::string_view ${FUNCTION}() {\n  return R\"storepulse_text(${text})storepulse_text\";\n}\n\n}  // namespace storepulse::schema\n")
