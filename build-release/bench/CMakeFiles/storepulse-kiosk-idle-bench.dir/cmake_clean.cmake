file(REMOVE_RECURSE
  "CMakeFiles/storepulse-kiosk-idle-bench.dir/kiosk_idle_bench.cpp.o"
  "CMakeFiles/storepulse-kiosk-idle-bench.dir/kiosk_idle_bench.cpp.o.d"
  "storepulse-kiosk-idle-bench"
  "storepulse-kiosk-idle-bench.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse-kiosk-idle-bench.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
