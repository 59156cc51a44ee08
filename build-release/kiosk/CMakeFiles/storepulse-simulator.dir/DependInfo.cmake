
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/kiosk/simulator/demo_command.cpp" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/demo_command.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/demo_command.cpp.o.d"
  "/work/main/kiosk/simulator/kiosk_commands.cpp" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/kiosk_commands.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/kiosk_commands.cpp.o.d"
  "/work/main/kiosk/simulator/load_command.cpp" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/load_command.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/load_command.cpp.o.d"
  "/work/main/kiosk/simulator/simulated_kiosk.cpp" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/simulated_kiosk.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/simulated_kiosk.cpp.o.d"
  "/work/main/kiosk/simulator/simulator_main.cpp" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/simulator_main.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse-simulator.dir/simulator/simulator_main.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-release/kiosk/CMakeFiles/storepulse_kiosk_core.dir/DependInfo.cmake"
  "/work/main/build-release/proto/CMakeFiles/storepulse_proto.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
