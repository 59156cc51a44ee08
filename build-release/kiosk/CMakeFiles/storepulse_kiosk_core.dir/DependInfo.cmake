
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/kiosk/core/config/atomic_file.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/config/atomic_file.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/config/atomic_file.cpp.o.d"
  "/work/main/kiosk/core/config/config_cache.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/config/config_cache.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/config/config_cache.cpp.o.d"
  "/work/main/kiosk/core/config/device_settings.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/config/device_settings.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/config/device_settings.cpp.o.d"
  "/work/main/kiosk/core/identity/client_identity.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/identity/client_identity.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/identity/client_identity.cpp.o.d"
  "/work/main/kiosk/core/model/kiosk_model.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/kiosk_model.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/kiosk_model.cpp.o.d"
  "/work/main/kiosk/core/model/question_rotation.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/question_rotation.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/question_rotation.cpp.o.d"
  "/work/main/kiosk/core/model/screen.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/screen.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/screen.cpp.o.d"
  "/work/main/kiosk/core/model/text_catalog.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/text_catalog.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/text_catalog.cpp.o.d"
  "/work/main/kiosk/core/model/worker_services.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/worker_services.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/model/worker_services.cpp.o.d"
  "/work/main/kiosk/core/queue/offline_queue.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/queue/offline_queue.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/queue/offline_queue.cpp.o.d"
  "/work/main/kiosk/core/simulation/session_generator.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/simulation/session_generator.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/simulation/session_generator.cpp.o.d"
  "/work/main/kiosk/core/sync/backoff.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/backoff.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/backoff.cpp.o.d"
  "/work/main/kiosk/core/sync/kiosk_client.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/kiosk_client.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/kiosk_client.cpp.o.d"
  "/work/main/kiosk/core/sync/random_schedule.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/random_schedule.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/random_schedule.cpp.o.d"
  "/work/main/kiosk/core/sync/server_address.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/server_address.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/server_address.cpp.o.d"
  "/work/main/kiosk/core/sync/sync_worker.cpp" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/sync_worker.cpp.o" "gcc" "kiosk/CMakeFiles/storepulse_kiosk_core.dir/core/sync/sync_worker.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-release/proto/CMakeFiles/storepulse_proto.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
