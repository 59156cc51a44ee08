file(REMOVE_RECURSE
  "CMakeFiles/storepulse-server.dir/bin/server_main.cpp.o"
  "CMakeFiles/storepulse-server.dir/bin/server_main.cpp.o.d"
  "storepulse-server"
  "storepulse-server.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse-server.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
