file(REMOVE_RECURSE
  "CMakeFiles/storepulse-admin.dir/bin/admin_main.cpp.o"
  "CMakeFiles/storepulse-admin.dir/bin/admin_main.cpp.o.d"
  "storepulse-admin"
  "storepulse-admin.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse-admin.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
