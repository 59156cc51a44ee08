file(REMOVE_RECURSE
  "CMakeFiles/storepulse_schema.dir/embedded_migrations.cpp.o"
  "CMakeFiles/storepulse_schema.dir/embedded_migrations.cpp.o.d"
  "embedded_migrations.cpp"
  "libstorepulse_schema.a"
  "libstorepulse_schema.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse_schema.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
