
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/server/admin/admin_commands.cpp" "server/CMakeFiles/storepulse_server_core.dir/admin/admin_commands.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/admin/admin_commands.cpp.o.d"
  "/work/main/server/admin/command_options.cpp" "server/CMakeFiles/storepulse_server_core.dir/admin/command_options.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/admin/command_options.cpp.o.d"
  "/work/main/server/admin/csv_reader.cpp" "server/CMakeFiles/storepulse_server_core.dir/admin/csv_reader.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/admin/csv_reader.cpp.o.d"
  "/work/main/server/admin/kiosk_registry.cpp" "server/CMakeFiles/storepulse_server_core.dir/admin/kiosk_registry.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/admin/kiosk_registry.cpp.o.d"
  "/work/main/server/admin/location_import.cpp" "server/CMakeFiles/storepulse_server_core.dir/admin/location_import.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/admin/location_import.cpp.o.d"
  "/work/main/server/admin/survey_import.cpp" "server/CMakeFiles/storepulse_server_core.dir/admin/survey_import.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/admin/survey_import.cpp.o.d"
  "/work/main/server/admin/user_commands.cpp" "server/CMakeFiles/storepulse_server_core.dir/admin/user_commands.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/admin/user_commands.cpp.o.d"
  "/work/main/server/app/ops_routes.cpp" "server/CMakeFiles/storepulse_server_core.dir/app/ops_routes.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/app/ops_routes.cpp.o.d"
  "/work/main/server/app/server.cpp" "server/CMakeFiles/storepulse_server_core.dir/app/server.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/app/server.cpp.o.d"
  "/work/main/server/app/server_options.cpp" "server/CMakeFiles/storepulse_server_core.dir/app/server_options.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/app/server_options.cpp.o.d"
  "/work/main/server/auth/admin_routes.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/admin_routes.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/admin_routes.cpp.o.d"
  "/work/main/server/auth/auth_routes.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/auth_routes.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/auth_routes.cpp.o.d"
  "/work/main/server/auth/json_fields.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/json_fields.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/json_fields.cpp.o.d"
  "/work/main/server/auth/login_throttle.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/login_throttle.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/login_throttle.cpp.o.d"
  "/work/main/server/auth/password.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/password.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/password.cpp.o.d"
  "/work/main/server/auth/principal.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/principal.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/principal.cpp.o.d"
  "/work/main/server/auth/random_token.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/random_token.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/random_token.cpp.o.d"
  "/work/main/server/auth/request_guard.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/request_guard.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/request_guard.cpp.o.d"
  "/work/main/server/auth/session_store.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/session_store.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/session_store.cpp.o.d"
  "/work/main/server/auth/user_store.cpp" "server/CMakeFiles/storepulse_server_core.dir/auth/user_store.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/auth/user_store.cpp.o.d"
  "/work/main/server/calendar/calendar.cpp" "server/CMakeFiles/storepulse_server_core.dir/calendar/calendar.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/calendar/calendar.cpp.o.d"
  "/work/main/server/calendar/clock.cpp" "server/CMakeFiles/storepulse_server_core.dir/calendar/clock.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/calendar/clock.cpp.o.d"
  "/work/main/server/calendar/time_zone.cpp" "server/CMakeFiles/storepulse_server_core.dir/calendar/time_zone.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/calendar/time_zone.cpp.o.d"
  "/work/main/server/dashboard/dashboard_routes.cpp" "server/CMakeFiles/storepulse_server_core.dir/dashboard/dashboard_routes.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/dashboard/dashboard_routes.cpp.o.d"
  "/work/main/server/dashboard/static_files.cpp" "server/CMakeFiles/storepulse_server_core.dir/dashboard/static_files.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/dashboard/static_files.cpp.o.d"
  "/work/main/server/http/http_session.cpp" "server/CMakeFiles/storepulse_server_core.dir/http/http_session.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/http/http_session.cpp.o.d"
  "/work/main/server/http/listener.cpp" "server/CMakeFiles/storepulse_server_core.dir/http/listener.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/http/listener.cpp.o.d"
  "/work/main/server/http/metrics.cpp" "server/CMakeFiles/storepulse_server_core.dir/http/metrics.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/http/metrics.cpp.o.d"
  "/work/main/server/http/responses.cpp" "server/CMakeFiles/storepulse_server_core.dir/http/responses.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/http/responses.cpp.o.d"
  "/work/main/server/http/router.cpp" "server/CMakeFiles/storepulse_server_core.dir/http/router.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/http/router.cpp.o.d"
  "/work/main/server/ingest/batch_validator.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/batch_validator.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/batch_validator.cpp.o.d"
  "/work/main/server/ingest/change_watch.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/change_watch.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/change_watch.cpp.o.d"
  "/work/main/server/ingest/checkpointer.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/checkpointer.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/checkpointer.cpp.o.d"
  "/work/main/server/ingest/daily_counts.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/daily_counts.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/daily_counts.cpp.o.d"
  "/work/main/server/ingest/question_catalog.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/question_catalog.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/question_catalog.cpp.o.d"
  "/work/main/server/ingest/retention.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/retention.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/retention.cpp.o.d"
  "/work/main/server/ingest/rollup_accumulator.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/rollup_accumulator.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/rollup_accumulator.cpp.o.d"
  "/work/main/server/ingest/submission_store.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/submission_store.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/submission_store.cpp.o.d"
  "/work/main/server/ingest/wal_syncer.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/wal_syncer.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/wal_syncer.cpp.o.d"
  "/work/main/server/ingest/writer.cpp" "server/CMakeFiles/storepulse_server_core.dir/ingest/writer.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/ingest/writer.cpp.o.d"
  "/work/main/server/kiosk_api/config_builder.cpp" "server/CMakeFiles/storepulse_server_core.dir/kiosk_api/config_builder.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/kiosk_api/config_builder.cpp.o.d"
  "/work/main/server/kiosk_api/kiosk_check_in.cpp" "server/CMakeFiles/storepulse_server_core.dir/kiosk_api/kiosk_check_in.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/kiosk_api/kiosk_check_in.cpp.o.d"
  "/work/main/server/kiosk_api/kiosk_routes.cpp" "server/CMakeFiles/storepulse_server_core.dir/kiosk_api/kiosk_routes.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/kiosk_api/kiosk_routes.cpp.o.d"
  "/work/main/server/publication/block_store.cpp" "server/CMakeFiles/storepulse_server_core.dir/publication/block_store.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/publication/block_store.cpp.o.d"
  "/work/main/server/publication/publisher.cpp" "server/CMakeFiles/storepulse_server_core.dir/publication/publisher.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/publication/publisher.cpp.o.d"
  "/work/main/server/publication/series_content.cpp" "server/CMakeFiles/storepulse_server_core.dir/publication/series_content.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/publication/series_content.cpp.o.d"
  "/work/main/server/publication/series_cut.cpp" "server/CMakeFiles/storepulse_server_core.dir/publication/series_cut.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/publication/series_cut.cpp.o.d"
  "/work/main/server/reports/indicators.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/indicators.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/indicators.cpp.o.d"
  "/work/main/server/reports/report_catalog.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/report_catalog.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/report_catalog.cpp.o.d"
  "/work/main/server/reports/report_csv.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/report_csv.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/report_csv.cpp.o.d"
  "/work/main/server/reports/report_engine.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/report_engine.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/report_engine.cpp.o.d"
  "/work/main/server/reports/report_period.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/report_period.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/report_period.cpp.o.d"
  "/work/main/server/reports/report_routes.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/report_routes.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/report_routes.cpp.o.d"
  "/work/main/server/reports/scope_summary.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/scope_summary.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/scope_summary.cpp.o.d"
  "/work/main/server/reports/statistics.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/statistics.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/statistics.cpp.o.d"
  "/work/main/server/reports/store_alerts.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/store_alerts.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/store_alerts.cpp.o.d"
  "/work/main/server/reports/window_aggregate.cpp" "server/CMakeFiles/storepulse_server_core.dir/reports/window_aggregate.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/reports/window_aggregate.cpp.o.d"
  "/work/main/server/storage/batched_wal_vfs.cpp" "server/CMakeFiles/storepulse_server_core.dir/storage/batched_wal_vfs.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/storage/batched_wal_vfs.cpp.o.d"
  "/work/main/server/storage/database.cpp" "server/CMakeFiles/storepulse_server_core.dir/storage/database.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/storage/database.cpp.o.d"
  "/work/main/server/storage/migrator.cpp" "server/CMakeFiles/storepulse_server_core.dir/storage/migrator.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/storage/migrator.cpp.o.d"
  "/work/main/server/storage/reader_pool.cpp" "server/CMakeFiles/storepulse_server_core.dir/storage/reader_pool.cpp.o" "gcc" "server/CMakeFiles/storepulse_server_core.dir/storage/reader_pool.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-release/proto/CMakeFiles/storepulse_proto.dir/DependInfo.cmake"
  "/work/main/build-release/schema/CMakeFiles/storepulse_schema.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
