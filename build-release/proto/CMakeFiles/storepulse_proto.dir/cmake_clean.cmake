file(REMOVE_RECURSE
  "CMakeFiles/storepulse_proto.dir/storepulse/v1/kiosk.pb.cc.o"
  "CMakeFiles/storepulse_proto.dir/storepulse/v1/kiosk.pb.cc.o.d"
  "CMakeFiles/storepulse_proto.dir/storepulse/v1/question_bank.pb.cc.o"
  "CMakeFiles/storepulse_proto.dir/storepulse/v1/question_bank.pb.cc.o.d"
  "CMakeFiles/storepulse_proto.dir/storepulse/v1/reports.pb.cc.o"
  "CMakeFiles/storepulse_proto.dir/storepulse/v1/reports.pb.cc.o.d"
  "libstorepulse_proto.a"
  "libstorepulse_proto.pdb"
  "storepulse/v1/kiosk.pb.cc"
  "storepulse/v1/kiosk.pb.h"
  "storepulse/v1/question_bank.pb.cc"
  "storepulse/v1/question_bank.pb.h"
  "storepulse/v1/reports.pb.cc"
  "storepulse/v1/reports.pb.h"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse_proto.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
