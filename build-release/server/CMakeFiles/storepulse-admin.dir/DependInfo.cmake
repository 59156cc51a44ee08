
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/server/bin/admin_main.cpp" "server/CMakeFiles/storepulse-admin.dir/bin/admin_main.cpp.o" "gcc" "server/CMakeFiles/storepulse-admin.dir/bin/admin_main.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-release/server/CMakeFiles/storepulse_server_core.dir/DependInfo.cmake"
  "/work/main/build-release/proto/CMakeFiles/storepulse_proto.dir/DependInfo.cmake"
  "/work/main/build-release/schema/CMakeFiles/storepulse_schema.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
