file(REMOVE_RECURSE
  "CMakeFiles/storepulse-simulator.dir/simulator/demo_command.cpp.o"
  "CMakeFiles/storepulse-simulator.dir/simulator/demo_command.cpp.o.d"
  "CMakeFiles/storepulse-simulator.dir/simulator/kiosk_commands.cpp.o"
  "CMakeFiles/storepulse-simulator.dir/simulator/kiosk_commands.cpp.o.d"
  "CMakeFiles/storepulse-simulator.dir/simulator/load_command.cpp.o"
  "CMakeFiles/storepulse-simulator.dir/simulator/load_command.cpp.o.d"
  "CMakeFiles/storepulse-simulator.dir/simulator/simulated_kiosk.cpp.o"
  "CMakeFiles/storepulse-simulator.dir/simulator/simulated_kiosk.cpp.o.d"
  "CMakeFiles/storepulse-simulator.dir/simulator/simulator_main.cpp.o"
  "CMakeFiles/storepulse-simulator.dir/simulator/simulator_main.cpp.o.d"
  "storepulse-simulator"
  "storepulse-simulator.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse-simulator.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
