file(REMOVE_RECURSE
  "CMakeFiles/storepulse-ingest-bench.dir/ingest_bench.cpp.o"
  "CMakeFiles/storepulse-ingest-bench.dir/ingest_bench.cpp.o.d"
  "storepulse-ingest-bench"
  "storepulse-ingest-bench.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse-ingest-bench.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
