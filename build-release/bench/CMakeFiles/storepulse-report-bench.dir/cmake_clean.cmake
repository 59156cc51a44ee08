file(REMOVE_RECURSE
  "CMakeFiles/storepulse-report-bench.dir/report_bench.cpp.o"
  "CMakeFiles/storepulse-report-bench.dir/report_bench.cpp.o.d"
  "storepulse-report-bench"
  "storepulse-report-bench.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse-report-bench.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
