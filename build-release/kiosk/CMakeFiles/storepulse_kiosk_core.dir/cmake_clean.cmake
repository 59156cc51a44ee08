file(REMOVE_RECURSE
  "CMakeFiles/storepulse_kiosk_core.dir/core/config/atomic_file.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/config/atomic_file.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/config/config_cache.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/config/config_cache.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/config/device_settings.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/config/device_settings.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/identity/client_identity.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/identity/client_identity.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/kiosk_model.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/kiosk_model.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/question_rotation.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/question_rotation.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/screen.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/screen.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/text_catalog.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/text_catalog.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/worker_services.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/model/worker_services.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/queue/offline_queue.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/queue/offline_queue.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/simulation/session_generator.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/simulation/session_generator.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/backoff.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/backoff.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/kiosk_client.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/kiosk_client.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/server_address.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/server_address.cpp.o.d"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/sync_worker.cpp.o"
  "CMakeFiles/storepulse_kiosk_core.dir/core/sync/sync_worker.cpp.o.d"
  "libstorepulse_kiosk_core.a"
  "libstorepulse_kiosk_core.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/storepulse_kiosk_core.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
