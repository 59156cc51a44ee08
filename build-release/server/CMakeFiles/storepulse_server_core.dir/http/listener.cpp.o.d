server/CMakeFiles/storepulse_server_core.dir/http/listener.cpp.o: \
 /work/main/server/http/listener.cpp /usr/include/stdc-predef.h \
 /work/main/server/http/listener.h \
 /work/main/server/http/session_options.h /usr/include/c++/12/atomic \
 /usr/include/c++/12/bits/atomic_base.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++config.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/os_defines.h \
 /usr/include/features.h /usr/include/features-time64.h \
 /usr/include/x86_64-linux-gnu/bits/wordsize.h \
 /usr/include/x86_64-linux-gnu/bits/timesize.h \
 /usr/include/x86_64-linux-gnu/sys/cdefs.h \
 /usr/include/x86_64-linux-gnu/bits/long-double.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs-64.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/cpu_defines.h \
 /usr/include/c++/12/pstl/pstl_config.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h /usr/include/stdint.h \
 /usr/include/x86_64-linux-gnu/bits/libc-header-start.h \
 /usr/include/x86_64-linux-gnu/bits/types.h \
 /usr/include/x86_64-linux-gnu/bits/typesizes.h \
 /usr/include/x86_64-linux-gnu/bits/time64.h \
 /usr/include/x86_64-linux-gnu/bits/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-intn.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-uintn.h \
 /usr/include/c++/12/bits/atomic_lockfree_defines.h \
 /usr/include/c++/12/bits/move.h /usr/include/c++/12/type_traits \
 /usr/include/c++/12/bits/atomic_wait.h \
 /usr/include/c++/12/bits/functional_hash.h \
 /usr/include/c++/12/bits/hash_bytes.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr-default.h \
 /usr/include/pthread.h /usr/include/sched.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h \
 /usr/include/x86_64-linux-gnu/bits/types/time_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h \
 /usr/include/x86_64-linux-gnu/bits/endian.h \
 /usr/include/x86_64-linux-gnu/bits/endianness.h \
 /usr/include/x86_64-linux-gnu/bits/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_sched_param.h \
 /usr/include/x86_64-linux-gnu/bits/cpu-set.h /usr/include/time.h \
 /usr/include/x86_64-linux-gnu/bits/time.h \
 /usr/include/x86_64-linux-gnu/bits/timex.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h \
 /usr/include/x86_64-linux-gnu/bits/types/clock_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_tm.h \
 /usr/include/x86_64-linux-gnu/bits/types/clockid_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/timer_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_itimerspec.h \
 /usr/include/x86_64-linux-gnu/bits/types/locale_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__locale_t.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes.h \
 /usr/include/x86_64-linux-gnu/bits/thread-shared-types.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h \
 /usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h \
 /usr/include/x86_64-linux-gnu/bits/struct_mutex.h \
 /usr/include/x86_64-linux-gnu/bits/struct_rwlock.h \
 /usr/include/x86_64-linux-gnu/bits/setjmp.h \
 /usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h \
 /usr/include/x86_64-linux-gnu/bits/pthread_stack_min-dynamic.h \
 /usr/include/c++/12/ext/numeric_traits.h \
 /usr/include/c++/12/bits/cpp_type_traits.h \
 /usr/include/c++/12/ext/type_traits.h /usr/include/c++/12/cerrno \
 /usr/include/errno.h /usr/include/x86_64-linux-gnu/bits/errno.h \
 /usr/include/linux/errno.h /usr/include/x86_64-linux-gnu/asm/errno.h \
 /usr/include/asm-generic/errno.h /usr/include/asm-generic/errno-base.h \
 /usr/include/x86_64-linux-gnu/bits/types/error_t.h \
 /usr/include/c++/12/climits \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/limits.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/syslimits.h \
 /usr/include/limits.h /usr/include/x86_64-linux-gnu/bits/posix1_lim.h \
 /usr/include/x86_64-linux-gnu/bits/local_lim.h \
 /usr/include/linux/limits.h \
 /usr/include/x86_64-linux-gnu/bits/posix2_lim.h \
 /usr/include/x86_64-linux-gnu/bits/xopen_lim.h \
 /usr/include/x86_64-linux-gnu/bits/uio_lim.h /usr/include/unistd.h \
 /usr/include/x86_64-linux-gnu/bits/posix_opt.h \
 /usr/include/x86_64-linux-gnu/bits/environments.h \
 /usr/include/x86_64-linux-gnu/bits/confname.h \
 /usr/include/x86_64-linux-gnu/bits/getopt_posix.h \
 /usr/include/x86_64-linux-gnu/bits/getopt_core.h \
 /usr/include/x86_64-linux-gnu/bits/unistd_ext.h \
 /usr/include/linux/close_range.h /usr/include/syscall.h \
 /usr/include/x86_64-linux-gnu/sys/syscall.h \
 /usr/include/x86_64-linux-gnu/asm/unistd.h \
 /usr/include/x86_64-linux-gnu/asm/unistd_64.h \
 /usr/include/x86_64-linux-gnu/bits/syscall.h \
 /usr/include/c++/12/bits/functexcept.h \
 /usr/include/c++/12/bits/exception_defines.h \
 /usr/include/c++/12/bits/std_mutex.h /usr/include/c++/12/system_error \
 /usr/include/x86_64-linux-gnu/c++/12/bits/error_constants.h \
 /usr/include/c++/12/iosfwd /usr/include/c++/12/bits/stringfwd.h \
 /usr/include/c++/12/bits/memoryfwd.h /usr/include/c++/12/bits/postypes.h \
 /usr/include/c++/12/cwchar /usr/include/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/floatn.h \
 /usr/include/x86_64-linux-gnu/bits/floatn-common.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h \
 /usr/include/x86_64-linux-gnu/bits/types/wint_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/FILE.h \
 /usr/include/c++/12/stdexcept /usr/include/c++/12/exception \
 /usr/include/c++/12/bits/exception.h \
 /usr/include/c++/12/bits/exception_ptr.h \
 /usr/include/c++/12/bits/cxxabi_init_exception.h \
 /usr/include/c++/12/typeinfo /usr/include/c++/12/new \
 /usr/include/c++/12/bits/nested_exception.h /usr/include/c++/12/string \
 /usr/include/c++/12/bits/char_traits.h /usr/include/c++/12/compare \
 /usr/include/c++/12/concepts /usr/include/c++/12/bits/stl_construct.h \
 /usr/include/c++/12/bits/stl_iterator_base_types.h \
 /usr/include/c++/12/bits/iterator_concepts.h \
 /usr/include/c++/12/bits/ptr_traits.h \
 /usr/include/c++/12/bits/ranges_cmp.h \
 /usr/include/c++/12/bits/stl_iterator_base_funcs.h \
 /usr/include/c++/12/bits/concept_check.h \
 /usr/include/c++/12/debug/assertions.h /usr/include/c++/12/cstdint \
 /usr/include/c++/12/bits/allocator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++allocator.h \
 /usr/include/c++/12/bits/new_allocator.h \
 /usr/include/c++/12/bits/localefwd.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++locale.h \
 /usr/include/c++/12/clocale /usr/include/locale.h \
 /usr/include/x86_64-linux-gnu/bits/locale.h /usr/include/c++/12/cctype \
 /usr/include/ctype.h /usr/include/c++/12/bits/ostream_insert.h \
 /usr/include/c++/12/bits/cxxabi_forced.h \
 /usr/include/c++/12/bits/stl_iterator.h \
 /usr/include/c++/12/bits/stl_function.h \
 /usr/include/c++/12/backward/binders.h \
 /usr/include/c++/12/bits/stl_algobase.h \
 /usr/include/c++/12/bits/stl_pair.h /usr/include/c++/12/bits/utility.h \
 /usr/include/c++/12/debug/debug.h \
 /usr/include/c++/12/bits/predefined_ops.h \
 /usr/include/c++/12/bits/refwrap.h /usr/include/c++/12/bits/invoke.h \
 /usr/include/c++/12/bits/range_access.h \
 /usr/include/c++/12/initializer_list \
 /usr/include/c++/12/bits/basic_string.h \
 /usr/include/c++/12/ext/alloc_traits.h \
 /usr/include/c++/12/bits/alloc_traits.h /usr/include/c++/12/string_view \
 /usr/include/c++/12/bits/ranges_base.h \
 /usr/include/c++/12/bits/max_size_type.h /usr/include/c++/12/numbers \
 /usr/include/c++/12/bits/string_view.tcc \
 /usr/include/c++/12/ext/string_conversions.h /usr/include/c++/12/cstdlib \
 /usr/include/stdlib.h /usr/include/x86_64-linux-gnu/bits/waitflags.h \
 /usr/include/x86_64-linux-gnu/bits/waitstatus.h \
 /usr/include/x86_64-linux-gnu/sys/types.h /usr/include/endian.h \
 /usr/include/x86_64-linux-gnu/bits/byteswap.h \
 /usr/include/x86_64-linux-gnu/bits/uintn-identity.h \
 /usr/include/x86_64-linux-gnu/sys/select.h \
 /usr/include/x86_64-linux-gnu/bits/select.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigset_t.h \
 /usr/include/alloca.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-float.h \
 /usr/include/c++/12/bits/std_abs.h /usr/include/c++/12/cstdio \
 /usr/include/stdio.h /usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/cookie_io_functions_t.h \
 /usr/include/x86_64-linux-gnu/bits/stdio_lim.h \
 /usr/include/x86_64-linux-gnu/bits/stdio.h \
 /usr/include/c++/12/bits/charconv.h \
 /usr/include/c++/12/bits/basic_string.tcc /usr/include/c++/12/chrono \
 /usr/include/c++/12/bits/chrono.h /usr/include/c++/12/ratio \
 /usr/include/c++/12/limits /usr/include/c++/12/ctime \
 /usr/include/c++/12/bits/parse_numbers.h /usr/include/c++/12/sstream \
 /usr/include/c++/12/istream /usr/include/c++/12/ios \
 /usr/include/c++/12/bits/ios_base.h /usr/include/c++/12/ext/atomicity.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/atomic_word.h \
 /usr/include/x86_64-linux-gnu/sys/single_threaded.h \
 /usr/include/c++/12/bits/locale_classes.h \
 /usr/include/c++/12/bits/locale_classes.tcc \
 /usr/include/c++/12/streambuf /usr/include/c++/12/bits/streambuf.tcc \
 /usr/include/c++/12/bits/basic_ios.h \
 /usr/include/c++/12/bits/locale_facets.h /usr/include/c++/12/cwctype \
 /usr/include/wctype.h /usr/include/x86_64-linux-gnu/bits/wctype-wchar.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/ctype_base.h \
 /usr/include/c++/12/bits/streambuf_iterator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/ctype_inline.h \
 /usr/include/c++/12/bits/locale_facets.tcc \
 /usr/include/c++/12/bits/basic_ios.tcc /usr/include/c++/12/ostream \
 /usr/include/c++/12/bits/ostream.tcc \
 /usr/include/c++/12/bits/istream.tcc \
 /usr/include/c++/12/bits/sstream.tcc /usr/include/c++/12/cstddef \
 /usr/include/boost/asio/io_context.hpp \
 /usr/include/boost/asio/detail/config.hpp /usr/include/boost/config.hpp \
 /usr/include/boost/config/user.hpp \
 /usr/include/boost/config/detail/select_compiler_config.hpp \
 /usr/include/boost/config/compiler/gcc.hpp \
 /usr/include/boost/config/detail/select_stdlib_config.hpp \
 /usr/include/c++/12/version \
 /usr/include/boost/config/stdlib/libstdcpp3.hpp \
 /usr/include/boost/config/detail/select_platform_config.hpp \
 /usr/include/boost/config/platform/linux.hpp \
 /usr/include/boost/config/detail/posix_features.hpp \
 /usr/include/boost/config/detail/suffix.hpp \
 /usr/include/boost/config/helper_macros.hpp \
 /usr/include/boost/config/detail/cxx_composite.hpp \
 /usr/include/boost/version.hpp /usr/include/linux/version.h \
 /usr/include/boost/asio/async_result.hpp \
 /usr/include/boost/asio/detail/type_traits.hpp \
 /usr/include/boost/asio/detail/variadic_templates.hpp \
 /usr/include/boost/asio/detail/push_options.hpp \
 /usr/include/boost/asio/detail/pop_options.hpp \
 /usr/include/boost/asio/detail/concurrency_hint.hpp \
 /usr/include/boost/asio/detail/noncopyable.hpp \
 /usr/include/boost/asio/detail/cstdint.hpp \
 /usr/include/boost/asio/detail/wrapped_handler.hpp \
 /usr/include/boost/asio/detail/bind_handler.hpp \
 /usr/include/boost/asio/associator.hpp \
 /usr/include/boost/asio/detail/handler_alloc_helpers.hpp \
 /usr/include/boost/asio/detail/memory.hpp /usr/include/c++/12/memory \
 /usr/include/c++/12/bits/stl_uninitialized.h \
 /usr/include/c++/12/bits/stl_tempbuf.h \
 /usr/include/c++/12/bits/stl_raw_storage_iter.h \
 /usr/include/c++/12/bits/align.h /usr/include/c++/12/bit \
 /usr/include/c++/12/bits/uses_allocator.h \
 /usr/include/c++/12/bits/unique_ptr.h /usr/include/c++/12/tuple \
 /usr/include/c++/12/bits/shared_ptr.h \
 /usr/include/c++/12/bits/shared_ptr_base.h \
 /usr/include/c++/12/bits/allocated_ptr.h \
 /usr/include/c++/12/ext/aligned_buffer.h \
 /usr/include/c++/12/ext/concurrence.h \
 /usr/include/c++/12/bits/shared_ptr_atomic.h \
 /usr/include/c++/12/backward/auto_ptr.h \
 /usr/include/c++/12/bits/ranges_uninitialized.h \
 /usr/include/c++/12/bits/ranges_algobase.h \
 /usr/include/c++/12/bits/uses_allocator_args.h \
 /usr/include/c++/12/pstl/glue_memory_defs.h \
 /usr/include/c++/12/pstl/execution_defs.h \
 /usr/include/boost/asio/detail/throw_exception.hpp \
 /usr/include/boost/throw_exception.hpp \
 /usr/include/boost/exception/exception.hpp \
 /usr/include/boost/assert/source_location.hpp \
 /usr/include/boost/current_function.hpp \
 /usr/include/boost/config/workaround.hpp /usr/include/boost/cstdint.hpp \
 /usr/include/c++/12/cstring /usr/include/string.h /usr/include/strings.h \
 /usr/include/c++/12/source_location /usr/include/c++/12/utility \
 /usr/include/c++/12/bits/stl_relops.h \
 /usr/include/boost/asio/detail/recycling_allocator.hpp \
 /usr/include/boost/asio/detail/thread_context.hpp \
 /usr/include/boost/asio/detail/call_stack.hpp \
 /usr/include/boost/asio/detail/tss_ptr.hpp \
 /usr/include/boost/asio/detail/keyword_tss_ptr.hpp \
 /usr/include/boost/asio/detail/impl/thread_context.ipp \
 /usr/include/boost/asio/detail/thread_info_base.hpp \
 /usr/include/boost/asio/multiple_exceptions.hpp \
 /usr/include/boost/asio/impl/multiple_exceptions.ipp \
 /usr/include/boost/asio/associated_allocator.hpp \
 /usr/include/boost/asio/detail/functional.hpp \
 /usr/include/c++/12/functional /usr/include/c++/12/bits/std_function.h \
 /usr/include/c++/12/unordered_map /usr/include/c++/12/bits/hashtable.h \
 /usr/include/c++/12/bits/hashtable_policy.h \
 /usr/include/c++/12/bits/enable_special_members.h \
 /usr/include/c++/12/bits/node_handle.h \
 /usr/include/c++/12/bits/unordered_map.h \
 /usr/include/c++/12/bits/erase_if.h /usr/include/c++/12/vector \
 /usr/include/c++/12/bits/stl_vector.h \
 /usr/include/c++/12/bits/stl_bvector.h \
 /usr/include/c++/12/bits/vector.tcc /usr/include/c++/12/array \
 /usr/include/c++/12/bits/stl_algo.h \
 /usr/include/c++/12/bits/algorithmfwd.h \
 /usr/include/c++/12/bits/stl_heap.h \
 /usr/include/c++/12/bits/uniform_int_dist.h \
 /usr/include/boost/asio/handler_alloc_hook.hpp \
 /usr/include/boost/asio/impl/handler_alloc_hook.ipp \
 /usr/include/boost/asio/detail/handler_cont_helpers.hpp \
 /usr/include/boost/asio/handler_continuation_hook.hpp \
 /usr/include/boost/asio/detail/handler_invoke_helpers.hpp \
 /usr/include/boost/asio/handler_invoke_hook.hpp \
 /usr/include/boost/system/error_code.hpp \
 /usr/include/boost/system/detail/error_code.hpp \
 /usr/include/boost/system/is_error_code_enum.hpp \
 /usr/include/boost/system/detail/error_category.hpp \
 /usr/include/boost/system/detail/config.hpp \
 /usr/include/boost/system/detail/error_condition.hpp \
 /usr/include/boost/system/detail/generic_category.hpp \
 /usr/include/boost/system/detail/generic_category_message.hpp \
 /usr/include/boost/system/detail/enable_if.hpp \
 /usr/include/boost/system/detail/is_same.hpp \
 /usr/include/boost/system/detail/errc.hpp \
 /usr/include/boost/system/is_error_condition_enum.hpp \
 /usr/include/boost/system/detail/cerrno.hpp \
 /usr/include/boost/system/detail/append_int.hpp \
 /usr/include/boost/system/detail/snprintf.hpp \
 /usr/include/c++/12/cstdarg \
 /usr/include/boost/system/detail/system_category.hpp \
 /usr/include/boost/system/detail/system_category_impl.hpp \
 /usr/include/boost/system/detail/system_category_message.hpp \
 /usr/include/boost/system/api_config.hpp \
 /usr/include/boost/system/detail/interop_category.hpp \
 /usr/include/boost/system/detail/std_category.hpp \
 /usr/include/boost/system/error_category.hpp \
 /usr/include/boost/system/detail/error_category_impl.hpp \
 /usr/include/boost/system/detail/std_category_impl.hpp \
 /usr/include/c++/12/mutex /usr/include/c++/12/bits/unique_lock.h \
 /usr/include/boost/system/error_condition.hpp \
 /usr/include/boost/system/errc.hpp \
 /usr/include/boost/system/generic_category.hpp \
 /usr/include/boost/system/system_category.hpp \
 /usr/include/boost/system/detail/throws.hpp \
 /usr/include/boost/asio/execution.hpp \
 /usr/include/boost/asio/execution/allocator.hpp \
 /usr/include/boost/asio/execution/executor.hpp \
 /usr/include/boost/asio/execution/invocable_archetype.hpp \
 /usr/include/boost/asio/traits/equality_comparable.hpp \
 /usr/include/boost/asio/traits/execute_member.hpp \
 /usr/include/boost/asio/execution/scheduler.hpp \
 /usr/include/boost/asio/execution/sender.hpp \
 /usr/include/boost/asio/is_applicable_property.hpp \
 /usr/include/boost/asio/traits/query_static_constexpr_member.hpp \
 /usr/include/boost/asio/traits/static_query.hpp \
 /usr/include/boost/asio/execution/any_executor.hpp \
 /usr/include/boost/asio/detail/assert.hpp /usr/include/boost/assert.hpp \
 /usr/include/assert.h /usr/include/boost/asio/detail/atomic_count.hpp \
 /usr/include/boost/asio/detail/cstddef.hpp \
 /usr/include/boost/asio/detail/executor_function.hpp \
 /usr/include/boost/asio/detail/non_const_lvalue.hpp \
 /usr/include/boost/asio/detail/scoped_ptr.hpp \
 /usr/include/boost/asio/execution/bad_executor.hpp \
 /usr/include/boost/asio/execution/impl/bad_executor.ipp \
 /usr/include/boost/asio/execution/blocking.hpp \
 /usr/include/boost/asio/execution/execute.hpp \
 /usr/include/boost/asio/prefer.hpp \
 /usr/include/boost/asio/traits/prefer_free.hpp \
 /usr/include/boost/asio/traits/prefer_member.hpp \
 /usr/include/boost/asio/traits/require_free.hpp \
 /usr/include/boost/asio/traits/require_member.hpp \
 /usr/include/boost/asio/traits/static_require.hpp \
 /usr/include/boost/asio/query.hpp \
 /usr/include/boost/asio/traits/query_member.hpp \
 /usr/include/boost/asio/traits/query_free.hpp \
 /usr/include/boost/asio/require.hpp \
 /usr/include/boost/asio/execution/blocking_adaptation.hpp \
 /usr/include/boost/asio/detail/event.hpp \
 /usr/include/boost/asio/detail/posix_event.hpp \
 /usr/include/boost/asio/detail/impl/posix_event.ipp \
 /usr/include/boost/asio/detail/throw_error.hpp \
 /usr/include/boost/asio/detail/impl/throw_error.ipp \
 /usr/include/boost/system/system_error.hpp /usr/include/c++/12/cassert \
 /usr/include/boost/asio/error.hpp /usr/include/boost/cerrno.hpp \
 /usr/include/netdb.h /usr/include/netinet/in.h \
 /usr/include/x86_64-linux-gnu/sys/socket.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h \
 /usr/include/x86_64-linux-gnu/bits/socket.h \
 /usr/include/x86_64-linux-gnu/bits/socket_type.h \
 /usr/include/x86_64-linux-gnu/bits/sockaddr.h \
 /usr/include/x86_64-linux-gnu/asm/socket.h \
 /usr/include/asm-generic/socket.h /usr/include/linux/posix_types.h \
 /usr/include/linux/stddef.h \
 /usr/include/x86_64-linux-gnu/asm/posix_types.h \
 /usr/include/x86_64-linux-gnu/asm/posix_types_64.h \
 /usr/include/asm-generic/posix_types.h \
 /usr/include/x86_64-linux-gnu/asm/bitsperlong.h \
 /usr/include/asm-generic/bitsperlong.h \
 /usr/include/x86_64-linux-gnu/asm/sockios.h \
 /usr/include/asm-generic/sockios.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_osockaddr.h \
 /usr/include/x86_64-linux-gnu/bits/in.h /usr/include/rpc/netdb.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigevent_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__sigval_t.h \
 /usr/include/x86_64-linux-gnu/bits/netdb.h \
 /usr/include/boost/asio/impl/error.ipp \
 /usr/include/boost/asio/detail/mutex.hpp \
 /usr/include/boost/asio/detail/posix_mutex.hpp \
 /usr/include/boost/asio/detail/scoped_lock.hpp \
 /usr/include/boost/asio/detail/impl/posix_mutex.ipp \
 /usr/include/boost/asio/execution/bulk_execute.hpp \
 /usr/include/boost/asio/execution/bulk_guarantee.hpp \
 /usr/include/boost/asio/execution/connect.hpp \
 /usr/include/boost/asio/execution/context.hpp /usr/include/c++/12/any \
 /usr/include/boost/asio/execution/context_as.hpp \
 /usr/include/boost/asio/execution/mapping.hpp \
 /usr/include/boost/asio/execution/occupancy.hpp \
 /usr/include/boost/asio/execution/operation_state.hpp \
 /usr/include/boost/asio/execution/outstanding_work.hpp \
 /usr/include/boost/asio/execution/prefer_only.hpp \
 /usr/include/boost/asio/execution/receiver.hpp \
 /usr/include/boost/asio/execution/receiver_invocation_error.hpp \
 /usr/include/boost/asio/execution/impl/receiver_invocation_error.ipp \
 /usr/include/boost/asio/execution/relationship.hpp \
 /usr/include/boost/asio/execution/schedule.hpp \
 /usr/include/boost/asio/execution/set_done.hpp \
 /usr/include/boost/asio/execution/set_error.hpp \
 /usr/include/boost/asio/execution/set_value.hpp \
 /usr/include/boost/asio/execution/start.hpp \
 /usr/include/boost/asio/execution/submit.hpp \
 /usr/include/boost/asio/execution_context.hpp \
 /usr/include/boost/asio/impl/execution_context.hpp \
 /usr/include/boost/asio/detail/handler_type_requirements.hpp \
 /usr/include/boost/asio/detail/service_registry.hpp \
 /usr/include/boost/asio/detail/impl/service_registry.hpp \
 /usr/include/boost/asio/detail/impl/service_registry.ipp \
 /usr/include/boost/asio/impl/execution_context.ipp \
 /usr/include/boost/asio/detail/chrono.hpp \
 /usr/include/boost/asio/detail/scheduler.hpp \
 /usr/include/boost/asio/detail/conditionally_enabled_event.hpp \
 /usr/include/boost/asio/detail/conditionally_enabled_mutex.hpp \
 /usr/include/boost/asio/detail/null_event.hpp \
 /usr/include/boost/asio/detail/impl/null_event.ipp \
 /usr/include/boost/asio/detail/op_queue.hpp \
 /usr/include/boost/asio/detail/scheduler_operation.hpp \
 /usr/include/boost/asio/detail/handler_tracking.hpp \
 /usr/include/boost/asio/detail/impl/handler_tracking.ipp \
 /usr/include/boost/asio/detail/scheduler_task.hpp \
 /usr/include/boost/asio/detail/thread.hpp \
 /usr/include/boost/asio/detail/posix_thread.hpp \
 /usr/include/boost/asio/detail/impl/posix_thread.ipp \
 /usr/include/boost/asio/detail/impl/scheduler.ipp \
 /usr/include/boost/asio/detail/limits.hpp /usr/include/boost/limits.hpp \
 /usr/include/boost/asio/detail/scheduler_thread_info.hpp \
 /usr/include/boost/asio/detail/signal_blocker.hpp \
 /usr/include/boost/asio/detail/posix_signal_blocker.hpp \
 /usr/include/c++/12/csignal /usr/include/signal.h \
 /usr/include/x86_64-linux-gnu/bits/signum-generic.h \
 /usr/include/x86_64-linux-gnu/bits/signum-arch.h \
 /usr/include/x86_64-linux-gnu/bits/types/sig_atomic_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/siginfo_t.h \
 /usr/include/x86_64-linux-gnu/bits/siginfo-arch.h \
 /usr/include/x86_64-linux-gnu/bits/siginfo-consts.h \
 /usr/include/x86_64-linux-gnu/bits/siginfo-consts-arch.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigval_t.h \
 /usr/include/x86_64-linux-gnu/bits/sigevent-consts.h \
 /usr/include/x86_64-linux-gnu/bits/sigaction.h \
 /usr/include/x86_64-linux-gnu/bits/sigcontext.h \
 /usr/include/x86_64-linux-gnu/bits/types/stack_t.h \
 /usr/include/x86_64-linux-gnu/sys/ucontext.h \
 /usr/include/x86_64-linux-gnu/bits/sigstack.h \
 /usr/include/x86_64-linux-gnu/bits/sigstksz.h \
 /usr/include/x86_64-linux-gnu/bits/ss_flags.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_sigstack.h \
 /usr/include/x86_64-linux-gnu/bits/sigthread.h \
 /usr/include/x86_64-linux-gnu/bits/signal_ext.h \
 /usr/include/boost/asio/detail/reactor.hpp \
 /usr/include/boost/asio/detail/epoll_reactor.hpp \
 /usr/include/boost/asio/detail/object_pool.hpp \
 /usr/include/boost/asio/detail/reactor_op.hpp \
 /usr/include/boost/asio/detail/operation.hpp \
 /usr/include/boost/asio/detail/select_interrupter.hpp \
 /usr/include/boost/asio/detail/eventfd_select_interrupter.hpp \
 /usr/include/boost/asio/detail/impl/eventfd_select_interrupter.ipp \
 /usr/include/x86_64-linux-gnu/sys/stat.h \
 /usr/include/x86_64-linux-gnu/bits/stat.h \
 /usr/include/x86_64-linux-gnu/bits/struct_stat.h \
 /usr/include/x86_64-linux-gnu/bits/statx.h /usr/include/linux/stat.h \
 /usr/include/linux/types.h /usr/include/x86_64-linux-gnu/asm/types.h \
 /usr/include/asm-generic/types.h /usr/include/asm-generic/int-ll64.h \
 /usr/include/x86_64-linux-gnu/bits/statx-generic.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_statx_timestamp.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_statx.h \
 /usr/include/fcntl.h /usr/include/x86_64-linux-gnu/bits/fcntl.h \
 /usr/include/x86_64-linux-gnu/bits/fcntl-linux.h \
 /usr/include/linux/falloc.h /usr/include/x86_64-linux-gnu/sys/eventfd.h \
 /usr/include/x86_64-linux-gnu/bits/eventfd.h \
 /usr/include/boost/asio/detail/socket_types.hpp \
 /usr/include/x86_64-linux-gnu/sys/ioctl.h \
 /usr/include/x86_64-linux-gnu/bits/ioctls.h \
 /usr/include/x86_64-linux-gnu/asm/ioctls.h \
 /usr/include/asm-generic/ioctls.h /usr/include/linux/ioctl.h \
 /usr/include/x86_64-linux-gnu/asm/ioctl.h \
 /usr/include/asm-generic/ioctl.h \
 /usr/include/x86_64-linux-gnu/bits/ioctl-types.h \
 /usr/include/x86_64-linux-gnu/sys/ttydefaults.h /usr/include/poll.h \
 /usr/include/x86_64-linux-gnu/sys/poll.h \
 /usr/include/x86_64-linux-gnu/bits/poll.h \
 /usr/include/x86_64-linux-gnu/sys/uio.h \
 /usr/include/x86_64-linux-gnu/bits/uio-ext.h \
 /usr/include/x86_64-linux-gnu/sys/un.h /usr/include/netinet/tcp.h \
 /usr/include/arpa/inet.h /usr/include/net/if.h \
 /usr/include/boost/asio/detail/timer_queue_base.hpp \
 /usr/include/boost/asio/detail/timer_queue_set.hpp \
 /usr/include/boost/asio/detail/impl/timer_queue_set.ipp \
 /usr/include/boost/asio/detail/wait_op.hpp \
 /usr/include/x86_64-linux-gnu/sys/timerfd.h \
 /usr/include/x86_64-linux-gnu/bits/timerfd.h \
 /usr/include/boost/asio/detail/impl/epoll_reactor.hpp \
 /usr/include/boost/asio/detail/impl/epoll_reactor.ipp \
 /usr/include/x86_64-linux-gnu/sys/epoll.h \
 /usr/include/x86_64-linux-gnu/bits/epoll.h \
 /usr/include/boost/asio/impl/io_context.hpp \
 /usr/include/boost/asio/detail/completion_handler.hpp \
 /usr/include/boost/asio/detail/fenced_block.hpp \
 /usr/include/boost/asio/detail/std_fenced_block.hpp \
 /usr/include/boost/asio/detail/handler_work.hpp \
 /usr/include/boost/asio/associated_executor.hpp \
 /usr/include/boost/asio/is_executor.hpp \
 /usr/include/boost/asio/detail/is_executor.hpp \
 /usr/include/boost/asio/system_executor.hpp \
 /usr/include/boost/asio/impl/system_executor.hpp \
 /usr/include/boost/asio/detail/executor_op.hpp \
 /usr/include/boost/asio/detail/global.hpp \
 /usr/include/boost/asio/detail/posix_global.hpp \
 /usr/include/boost/asio/system_context.hpp \
 /usr/include/boost/asio/detail/thread_group.hpp \
 /usr/include/boost/asio/impl/system_context.hpp \
 /usr/include/boost/asio/impl/system_context.ipp \
 /usr/include/boost/asio/executor_work_guard.hpp \
 /usr/include/boost/asio/impl/io_context.ipp \
 /usr/include/boost/asio/ip/tcp.hpp \
 /usr/include/boost/asio/basic_socket_acceptor.hpp \
 /usr/include/boost/asio/any_io_executor.hpp \
 /usr/include/boost/asio/impl/any_io_executor.ipp \
 /usr/include/boost/asio/basic_socket.hpp \
 /usr/include/boost/asio/detail/io_object_impl.hpp \
 /usr/include/boost/asio/post.hpp /usr/include/boost/asio/impl/post.hpp \
 /usr/include/boost/asio/detail/work_dispatcher.hpp \
 /usr/include/boost/asio/socket_base.hpp \
 /usr/include/boost/asio/detail/io_control.hpp \
 /usr/include/boost/asio/detail/socket_option.hpp \
 /usr/include/boost/asio/detail/reactive_socket_service.hpp \
 /usr/include/boost/asio/buffer.hpp \
 /usr/include/boost/asio/detail/array_fwd.hpp \
 /usr/include/boost/asio/detail/string_view.hpp \
 /usr/include/boost/asio/is_contiguous_iterator.hpp \
 /usr/include/c++/12/iterator /usr/include/c++/12/bits/stream_iterator.h \
 /usr/include/boost/detail/workaround.hpp \
 /usr/include/boost/asio/detail/is_buffer_sequence.hpp \
 /usr/include/boost/asio/detail/buffer_sequence_adapter.hpp \
 /usr/include/boost/asio/registered_buffer.hpp \
 /usr/include/boost/asio/detail/impl/buffer_sequence_adapter.ipp \
 /usr/include/boost/asio/detail/reactive_null_buffers_op.hpp \
 /usr/include/boost/asio/detail/reactive_socket_accept_op.hpp \
 /usr/include/boost/asio/detail/socket_holder.hpp \
 /usr/include/boost/asio/detail/socket_ops.hpp \
 /usr/include/boost/asio/detail/impl/socket_ops.ipp \
 /usr/include/boost/asio/detail/reactive_socket_connect_op.hpp \
 /usr/include/boost/asio/detail/reactive_socket_recvfrom_op.hpp \
 /usr/include/boost/asio/detail/reactive_socket_sendto_op.hpp \
 /usr/include/boost/asio/detail/reactive_socket_service_base.hpp \
 /usr/include/boost/asio/associated_cancellation_slot.hpp \
 /usr/include/boost/asio/cancellation_signal.hpp \
 /usr/include/boost/asio/cancellation_type.hpp \
 /usr/include/boost/asio/impl/cancellation_signal.ipp \
 /usr/include/boost/asio/detail/reactive_socket_recv_op.hpp \
 /usr/include/boost/asio/detail/reactive_socket_recvmsg_op.hpp \
 /usr/include/boost/asio/detail/reactive_socket_send_op.hpp \
 /usr/include/boost/asio/detail/reactive_wait_op.hpp \
 /usr/include/boost/asio/detail/impl/reactive_socket_service_base.ipp \
 /usr/include/boost/asio/basic_socket_iostream.hpp \
 /usr/include/boost/asio/basic_socket_streambuf.hpp \
 /usr/include/boost/asio/basic_stream_socket.hpp \
 /usr/include/boost/asio/steady_timer.hpp \
 /usr/include/boost/asio/basic_waitable_timer.hpp \
 /usr/include/boost/asio/detail/chrono_time_traits.hpp \
 /usr/include/boost/asio/detail/deadline_timer_service.hpp \
 /usr/include/boost/asio/detail/timer_queue.hpp \
 /usr/include/boost/asio/detail/date_time_fwd.hpp \
 /usr/include/boost/asio/detail/timer_queue_ptime.hpp \
 /usr/include/boost/asio/time_traits.hpp \
 /usr/include/boost/date_time/posix_time/posix_time_types.hpp \
 /usr/include/boost/date_time/time_clock.hpp \
 /usr/include/boost/date_time/c_time.hpp \
 /usr/include/boost/date_time/compiler_config.hpp \
 /usr/include/boost/date_time/locale_config.hpp \
 /usr/include/x86_64-linux-gnu/sys/time.h \
 /usr/include/boost/shared_ptr.hpp \
 /usr/include/boost/smart_ptr/shared_ptr.hpp \
 /usr/include/boost/smart_ptr/detail/shared_count.hpp \
 /usr/include/boost/smart_ptr/bad_weak_ptr.hpp \
 /usr/include/boost/smart_ptr/detail/sp_counted_base.hpp \
 /usr/include/boost/smart_ptr/detail/sp_has_gcc_intrinsics.hpp \
 /usr/include/boost/smart_ptr/detail/sp_has_sync_intrinsics.hpp \
 /usr/include/boost/smart_ptr/detail/sp_counted_base_gcc_atomic.hpp \
 /usr/include/boost/smart_ptr/detail/sp_typeinfo_.hpp \
 /usr/include/boost/smart_ptr/detail/sp_counted_impl.hpp \
 /usr/include/boost/smart_ptr/detail/sp_noexcept.hpp \
 /usr/include/boost/core/checked_delete.hpp \
 /usr/include/boost/core/addressof.hpp \
 /usr/include/boost/smart_ptr/detail/sp_disable_deprecated.hpp \
 /usr/include/boost/smart_ptr/detail/sp_convertible.hpp \
 /usr/include/boost/smart_ptr/detail/sp_nullptr_t.hpp \
 /usr/include/boost/smart_ptr/detail/spinlock_pool.hpp \
 /usr/include/boost/smart_ptr/detail/spinlock.hpp \
 /usr/include/boost/smart_ptr/detail/spinlock_gcc_atomic.hpp \
 /usr/include/boost/smart_ptr/detail/yield_k.hpp \
 /usr/include/boost/smart_ptr/detail/sp_thread_pause.hpp \
 /usr/include/boost/smart_ptr/detail/sp_thread_sleep.hpp \
 /usr/include/boost/config/pragma_message.hpp \
 /usr/include/c++/12/algorithm /usr/include/c++/12/bits/ranges_algo.h \
 /usr/include/c++/12/bits/ranges_util.h \
 /usr/include/c++/12/pstl/glue_algorithm_defs.h \
 /usr/include/boost/smart_ptr/detail/operator_bool.hpp \
 /usr/include/boost/smart_ptr/detail/local_sp_deleter.hpp \
 /usr/include/boost/smart_ptr/detail/local_counted_base.hpp \
 /usr/include/boost/date_time/microsec_time_clock.hpp \
 /usr/include/boost/date_time/posix_time/ptime.hpp \
 /usr/include/boost/date_time/posix_time/posix_time_system.hpp \
 /usr/include/boost/date_time/posix_time/posix_time_config.hpp \
 /usr/include/boost/config/no_tr1/cmath.hpp /usr/include/c++/12/cmath \
 /usr/include/math.h /usr/include/x86_64-linux-gnu/bits/math-vector.h \
 /usr/include/x86_64-linux-gnu/bits/libm-simd-decl-stubs.h \
 /usr/include/x86_64-linux-gnu/bits/flt-eval-method.h \
 /usr/include/x86_64-linux-gnu/bits/fp-logb.h \
 /usr/include/x86_64-linux-gnu/bits/fp-fast.h \
 /usr/include/x86_64-linux-gnu/bits/mathcalls-helper-functions.h \
 /usr/include/x86_64-linux-gnu/bits/mathcalls.h \
 /usr/include/x86_64-linux-gnu/bits/mathcalls-narrow.h \
 /usr/include/x86_64-linux-gnu/bits/iscanonical.h \
 /usr/include/c++/12/bits/specfun.h /usr/include/c++/12/tr1/gamma.tcc \
 /usr/include/c++/12/tr1/special_function_util.h \
 /usr/include/c++/12/tr1/bessel_function.tcc \
 /usr/include/c++/12/tr1/beta_function.tcc \
 /usr/include/c++/12/tr1/ell_integral.tcc \
 /usr/include/c++/12/tr1/exp_integral.tcc \
 /usr/include/c++/12/tr1/hypergeometric.tcc \
 /usr/include/c++/12/tr1/legendre_function.tcc \
 /usr/include/c++/12/tr1/modified_bessel_func.tcc \
 /usr/include/c++/12/tr1/poly_hermite.tcc \
 /usr/include/c++/12/tr1/poly_laguerre.tcc \
 /usr/include/c++/12/tr1/riemann_zeta.tcc \
 /usr/include/boost/date_time/time_duration.hpp \
 /usr/include/boost/core/enable_if.hpp \
 /usr/include/boost/date_time/special_defs.hpp \
 /usr/include/boost/date_time/time_defs.hpp \
 /usr/include/boost/operators.hpp /usr/include/boost/static_assert.hpp \
 /usr/include/boost/type_traits/is_integral.hpp \
 /usr/include/boost/type_traits/integral_constant.hpp \
 /usr/include/boost/date_time/time_resolution_traits.hpp \
 /usr/include/boost/date_time/int_adapter.hpp \
 /usr/include/boost/date_time/gregorian/gregorian_types.hpp \
 /usr/include/boost/date_time/date.hpp \
 /usr/include/boost/date_time/year_month_day.hpp \
 /usr/include/boost/date_time/period.hpp \
 /usr/include/boost/date_time/gregorian/greg_calendar.hpp \
 /usr/include/boost/date_time/gregorian/greg_weekday.hpp \
 /usr/include/boost/date_time/constrained_value.hpp \
 /usr/include/boost/type_traits/conditional.hpp \
 /usr/include/boost/type_traits/is_base_of.hpp \
 /usr/include/boost/type_traits/is_base_and_derived.hpp \
 /usr/include/boost/type_traits/intrinsics.hpp \
 /usr/include/boost/type_traits/detail/config.hpp \
 /usr/include/boost/type_traits/remove_cv.hpp \
 /usr/include/boost/type_traits/is_same.hpp \
 /usr/include/boost/type_traits/is_class.hpp \
 /usr/include/boost/date_time/date_defs.hpp \
 /usr/include/boost/date_time/gregorian/greg_day_of_year.hpp \
 /usr/include/boost/date_time/gregorian_calendar.hpp \
 /usr/include/boost/date_time/gregorian_calendar.ipp \
 /usr/include/boost/date_time/gregorian/greg_ymd.hpp \
 /usr/include/boost/date_time/gregorian/greg_day.hpp \
 /usr/include/boost/date_time/gregorian/greg_year.hpp \
 /usr/include/boost/date_time/gregorian/greg_month.hpp \
 /usr/include/boost/date_time/gregorian/greg_duration.hpp \
 /usr/include/boost/date_time/date_duration.hpp \
 /usr/include/boost/date_time/date_duration_types.hpp \
 /usr/include/boost/date_time/gregorian/greg_duration_types.hpp \
 /usr/include/boost/date_time/gregorian/greg_date.hpp \
 /usr/include/boost/date_time/adjust_functors.hpp \
 /usr/include/boost/date_time/wrapping_int.hpp \
 /usr/include/boost/date_time/date_generators.hpp \
 /usr/include/boost/date_time/date_clock_device.hpp \
 /usr/include/boost/date_time/date_iterator.hpp \
 /usr/include/boost/date_time/time_system_split.hpp \
 /usr/include/boost/date_time/time_system_counted.hpp \
 /usr/include/boost/date_time/time.hpp \
 /usr/include/boost/date_time/posix_time/date_duration_operators.hpp \
 /usr/include/boost/date_time/posix_time/posix_time_duration.hpp \
 /usr/include/boost/numeric/conversion/cast.hpp \
 /usr/include/boost/type.hpp \
 /usr/include/boost/numeric/conversion/converter.hpp \
 /usr/include/boost/numeric/conversion/conversion_traits.hpp \
 /usr/include/boost/numeric/conversion/detail/conversion_traits.hpp \
 /usr/include/boost/type_traits/is_arithmetic.hpp \
 /usr/include/boost/type_traits/is_floating_point.hpp \
 /usr/include/boost/numeric/conversion/detail/meta.hpp \
 /usr/include/boost/mpl/if.hpp /usr/include/boost/mpl/aux_/value_wknd.hpp \
 /usr/include/boost/mpl/aux_/static_cast.hpp \
 /usr/include/boost/mpl/aux_/config/workaround.hpp \
 /usr/include/boost/mpl/aux_/config/integral.hpp \
 /usr/include/boost/mpl/aux_/config/msvc.hpp \
 /usr/include/boost/mpl/aux_/config/eti.hpp \
 /usr/include/boost/mpl/aux_/na_spec.hpp \
 /usr/include/boost/mpl/lambda_fwd.hpp \
 /usr/include/boost/mpl/void_fwd.hpp \
 /usr/include/boost/mpl/aux_/adl_barrier.hpp \
 /usr/include/boost/mpl/aux_/config/adl.hpp \
 /usr/include/boost/mpl/aux_/config/intel.hpp \
 /usr/include/boost/mpl/aux_/config/gcc.hpp \
 /usr/include/boost/mpl/aux_/na.hpp /usr/include/boost/mpl/bool.hpp \
 /usr/include/boost/mpl/bool_fwd.hpp \
 /usr/include/boost/mpl/integral_c_tag.hpp \
 /usr/include/boost/mpl/aux_/config/static_constant.hpp \
 /usr/include/boost/mpl/aux_/na_fwd.hpp \
 /usr/include/boost/mpl/aux_/config/ctps.hpp \
 /usr/include/boost/mpl/aux_/config/lambda.hpp \
 /usr/include/boost/mpl/aux_/config/ttp.hpp \
 /usr/include/boost/mpl/int.hpp /usr/include/boost/mpl/int_fwd.hpp \
 /usr/include/boost/mpl/aux_/nttp_decl.hpp \
 /usr/include/boost/mpl/aux_/config/nttp.hpp \
 /usr/include/boost/mpl/aux_/integral_wrapper.hpp \
 /usr/include/boost/preprocessor/cat.hpp \
 /usr/include/boost/preprocessor/config/config.hpp \
 /usr/include/boost/mpl/aux_/lambda_arity_param.hpp \
 /usr/include/boost/mpl/aux_/template_arity_fwd.hpp \
 /usr/include/boost/mpl/aux_/arity.hpp \
 /usr/include/boost/mpl/aux_/config/dtp.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/params.hpp \
 /usr/include/boost/mpl/aux_/config/preprocessor.hpp \
 /usr/include/boost/preprocessor/comma_if.hpp \
 /usr/include/boost/preprocessor/punctuation/comma_if.hpp \
 /usr/include/boost/preprocessor/control/if.hpp \
 /usr/include/boost/preprocessor/control/iif.hpp \
 /usr/include/boost/preprocessor/logical/bool.hpp \
 /usr/include/boost/preprocessor/config/limits.hpp \
 /usr/include/boost/preprocessor/logical/limits/bool_256.hpp \
 /usr/include/boost/preprocessor/facilities/empty.hpp \
 /usr/include/boost/preprocessor/punctuation/comma.hpp \
 /usr/include/boost/preprocessor/repeat.hpp \
 /usr/include/boost/preprocessor/repetition/repeat.hpp \
 /usr/include/boost/preprocessor/debug/error.hpp \
 /usr/include/boost/preprocessor/detail/auto_rec.hpp \
 /usr/include/boost/preprocessor/detail/limits/auto_rec_256.hpp \
 /usr/include/boost/preprocessor/tuple/eat.hpp \
 /usr/include/boost/preprocessor/repetition/limits/repeat_256.hpp \
 /usr/include/boost/preprocessor/inc.hpp \
 /usr/include/boost/preprocessor/arithmetic/inc.hpp \
 /usr/include/boost/preprocessor/arithmetic/limits/inc_256.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/enum.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/def_params_tail.hpp \
 /usr/include/boost/mpl/limits/arity.hpp \
 /usr/include/boost/preprocessor/logical/and.hpp \
 /usr/include/boost/preprocessor/logical/bitand.hpp \
 /usr/include/boost/preprocessor/identity.hpp \
 /usr/include/boost/preprocessor/facilities/identity.hpp \
 /usr/include/boost/preprocessor/empty.hpp \
 /usr/include/boost/preprocessor/arithmetic/add.hpp \
 /usr/include/boost/preprocessor/arithmetic/dec.hpp \
 /usr/include/boost/preprocessor/arithmetic/limits/dec_256.hpp \
 /usr/include/boost/preprocessor/control/while.hpp \
 /usr/include/boost/preprocessor/list/fold_left.hpp \
 /usr/include/boost/preprocessor/list/detail/fold_left.hpp \
 /usr/include/boost/preprocessor/control/expr_iif.hpp \
 /usr/include/boost/preprocessor/list/adt.hpp \
 /usr/include/boost/preprocessor/detail/is_binary.hpp \
 /usr/include/boost/preprocessor/detail/check.hpp \
 /usr/include/boost/preprocessor/logical/compl.hpp \
 /usr/include/boost/preprocessor/list/detail/limits/fold_left_256.hpp \
 /usr/include/boost/preprocessor/list/limits/fold_left_256.hpp \
 /usr/include/boost/preprocessor/list/fold_right.hpp \
 /usr/include/boost/preprocessor/list/detail/fold_right.hpp \
 /usr/include/boost/preprocessor/list/reverse.hpp \
 /usr/include/boost/preprocessor/list/detail/limits/fold_right_256.hpp \
 /usr/include/boost/preprocessor/control/detail/while.hpp \
 /usr/include/boost/preprocessor/control/detail/limits/while_256.hpp \
 /usr/include/boost/preprocessor/control/limits/while_256.hpp \
 /usr/include/boost/preprocessor/logical/bitor.hpp \
 /usr/include/boost/preprocessor/tuple/elem.hpp \
 /usr/include/boost/preprocessor/facilities/expand.hpp \
 /usr/include/boost/preprocessor/facilities/overload.hpp \
 /usr/include/boost/preprocessor/variadic/size.hpp \
 /usr/include/boost/preprocessor/facilities/check_empty.hpp \
 /usr/include/boost/preprocessor/variadic/has_opt.hpp \
 /usr/include/boost/preprocessor/variadic/detail/has_opt.hpp \
 /usr/include/boost/preprocessor/facilities/is_empty_variadic.hpp \
 /usr/include/boost/preprocessor/punctuation/is_begin_parens.hpp \
 /usr/include/boost/preprocessor/punctuation/detail/is_begin_parens.hpp \
 /usr/include/boost/preprocessor/facilities/detail/is_empty.hpp \
 /usr/include/boost/preprocessor/variadic/limits/size_64.hpp \
 /usr/include/boost/preprocessor/tuple/rem.hpp \
 /usr/include/boost/preprocessor/tuple/detail/is_single_return.hpp \
 /usr/include/boost/preprocessor/variadic/elem.hpp \
 /usr/include/boost/preprocessor/variadic/limits/elem_64.hpp \
 /usr/include/boost/preprocessor/arithmetic/detail/is_maximum_number.hpp \
 /usr/include/boost/preprocessor/comparison/equal.hpp \
 /usr/include/boost/preprocessor/comparison/not_equal.hpp \
 /usr/include/boost/preprocessor/comparison/limits/not_equal_256.hpp \
 /usr/include/boost/preprocessor/arithmetic/detail/maximum_number.hpp \
 /usr/include/boost/preprocessor/arithmetic/detail/is_minimum_number.hpp \
 /usr/include/boost/preprocessor/logical/not.hpp \
 /usr/include/boost/preprocessor/arithmetic/sub.hpp \
 /usr/include/boost/mpl/aux_/config/overload_resolution.hpp \
 /usr/include/boost/mpl/aux_/lambda_support.hpp \
 /usr/include/boost/mpl/eval_if.hpp /usr/include/boost/mpl/equal_to.hpp \
 /usr/include/boost/mpl/aux_/comparison_op.hpp \
 /usr/include/boost/mpl/aux_/numeric_op.hpp \
 /usr/include/boost/mpl/numeric_cast.hpp \
 /usr/include/boost/mpl/apply_wrap.hpp \
 /usr/include/boost/mpl/aux_/has_apply.hpp \
 /usr/include/boost/mpl/has_xxx.hpp \
 /usr/include/boost/mpl/aux_/type_wrapper.hpp \
 /usr/include/boost/mpl/aux_/yes_no.hpp \
 /usr/include/boost/mpl/aux_/config/arrays.hpp \
 /usr/include/boost/mpl/aux_/config/has_xxx.hpp \
 /usr/include/boost/mpl/aux_/config/msvc_typename.hpp \
 /usr/include/boost/preprocessor/array/elem.hpp \
 /usr/include/boost/preprocessor/array/data.hpp \
 /usr/include/boost/preprocessor/array/size.hpp \
 /usr/include/boost/preprocessor/repetition/enum_params.hpp \
 /usr/include/boost/preprocessor/repetition/enum_trailing_params.hpp \
 /usr/include/boost/mpl/aux_/config/has_apply.hpp \
 /usr/include/boost/mpl/aux_/msvc_never_true.hpp \
 /usr/include/boost/mpl/aux_/config/use_preprocessed.hpp \
 /usr/include/boost/mpl/aux_/include_preprocessed.hpp \
 /usr/include/boost/mpl/aux_/config/compiler.hpp \
 /usr/include/boost/preprocessor/stringize.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/apply_wrap.hpp \
 /usr/include/boost/mpl/tag.hpp /usr/include/boost/mpl/void.hpp \
 /usr/include/boost/mpl/aux_/has_tag.hpp \
 /usr/include/boost/mpl/aux_/numeric_cast_utils.hpp \
 /usr/include/boost/mpl/aux_/config/forwarding.hpp \
 /usr/include/boost/mpl/aux_/msvc_eti_base.hpp \
 /usr/include/boost/mpl/aux_/is_msvc_eti_arg.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/equal_to.hpp \
 /usr/include/boost/mpl/not.hpp \
 /usr/include/boost/mpl/aux_/nested_type_wknd.hpp \
 /usr/include/boost/mpl/and.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/and.hpp \
 /usr/include/boost/mpl/identity.hpp \
 /usr/include/boost/numeric/conversion/detail/int_float_mixture.hpp \
 /usr/include/boost/numeric/conversion/int_float_mixture_enum.hpp \
 /usr/include/boost/numeric/conversion/detail/sign_mixture.hpp \
 /usr/include/boost/numeric/conversion/sign_mixture_enum.hpp \
 /usr/include/boost/numeric/conversion/detail/udt_builtin_mixture.hpp \
 /usr/include/boost/numeric/conversion/udt_builtin_mixture_enum.hpp \
 /usr/include/boost/numeric/conversion/detail/is_subranged.hpp \
 /usr/include/boost/mpl/multiplies.hpp /usr/include/boost/mpl/times.hpp \
 /usr/include/boost/mpl/aux_/arithmetic_op.hpp \
 /usr/include/boost/mpl/integral_c.hpp \
 /usr/include/boost/mpl/integral_c_fwd.hpp \
 /usr/include/boost/mpl/aux_/largest_int.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/times.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/default_params.hpp \
 /usr/include/boost/mpl/less.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/less.hpp \
 /usr/include/boost/numeric/conversion/converter_policies.hpp \
 /usr/include/boost/numeric/conversion/detail/converter.hpp \
 /usr/include/boost/numeric/conversion/bounds.hpp \
 /usr/include/boost/numeric/conversion/detail/bounds.hpp \
 /usr/include/boost/numeric/conversion/numeric_cast_traits.hpp \
 /usr/include/boost/numeric/conversion/detail/numeric_cast_traits.hpp \
 /usr/include/boost/numeric/conversion/detail/preprocessed/numeric_cast_traits_common.hpp \
 /usr/include/boost/numeric/conversion/detail/preprocessed/numeric_cast_traits_long_long.hpp \
 /usr/include/boost/date_time/posix_time/time_period.hpp \
 /usr/include/boost/date_time/time_iterator.hpp \
 /usr/include/boost/date_time/dst_rules.hpp \
 /usr/include/boost/asio/detail/impl/timer_queue_ptime.ipp \
 /usr/include/boost/asio/detail/timer_scheduler.hpp \
 /usr/include/boost/asio/detail/timer_scheduler_fwd.hpp \
 /usr/include/boost/asio/detail/wait_handler.hpp \
 /usr/include/boost/asio/wait_traits.hpp \
 /usr/include/boost/asio/ip/basic_endpoint.hpp \
 /usr/include/boost/asio/ip/address.hpp \
 /usr/include/boost/asio/ip/address_v4.hpp \
 /usr/include/boost/asio/detail/array.hpp \
 /usr/include/boost/asio/detail/winsock_init.hpp \
 /usr/include/boost/asio/ip/impl/address_v4.hpp \
 /usr/include/boost/asio/ip/impl/address_v4.ipp \
 /usr/include/boost/asio/ip/address_v6.hpp \
 /usr/include/boost/asio/ip/impl/address_v6.hpp \
 /usr/include/boost/asio/ip/impl/address_v6.ipp \
 /usr/include/boost/asio/ip/bad_address_cast.hpp \
 /usr/include/boost/asio/ip/impl/address.hpp \
 /usr/include/boost/asio/ip/impl/address.ipp \
 /usr/include/boost/asio/ip/detail/endpoint.hpp \
 /usr/include/boost/asio/ip/detail/impl/endpoint.ipp \
 /usr/include/boost/asio/ip/impl/basic_endpoint.hpp \
 /usr/include/boost/asio/ip/basic_resolver.hpp \
 /usr/include/boost/asio/ip/basic_resolver_iterator.hpp \
 /usr/include/boost/asio/ip/basic_resolver_entry.hpp \
 /usr/include/boost/asio/ip/basic_resolver_query.hpp \
 /usr/include/boost/asio/ip/resolver_query_base.hpp \
 /usr/include/boost/asio/ip/resolver_base.hpp \
 /usr/include/boost/asio/ip/basic_resolver_results.hpp \
 /usr/include/boost/asio/detail/resolver_service.hpp \
 /usr/include/boost/asio/detail/resolve_endpoint_op.hpp \
 /usr/include/boost/asio/detail/resolve_op.hpp \
 /usr/include/boost/asio/detail/resolve_query_op.hpp \
 /usr/include/boost/asio/detail/resolver_service_base.hpp \
 /usr/include/boost/asio/detail/impl/resolver_service_base.ipp \
 /usr/include/boost/asio/ssl/context.hpp \
 /usr/include/boost/asio/ssl/context_base.hpp \
 /usr/include/boost/asio/ssl/detail/openssl_types.hpp \
 /usr/include/openssl/conf.h /usr/include/openssl/macros.h \
 /usr/include/x86_64-linux-gnu/openssl/opensslconf.h \
 /usr/include/x86_64-linux-gnu/openssl/configuration.h \
 /usr/include/openssl/opensslv.h /usr/include/openssl/bio.h \
 /usr/include/openssl/e_os2.h /usr/include/openssl/crypto.h \
 /usr/include/c++/12/stdlib.h /usr/include/openssl/safestack.h \
 /usr/include/openssl/stack.h /usr/include/openssl/types.h \
 /usr/include/openssl/cryptoerr.h /usr/include/openssl/symhacks.h \
 /usr/include/openssl/cryptoerr_legacy.h /usr/include/openssl/core.h \
 /usr/include/openssl/bioerr.h /usr/include/openssl/lhash.h \
 /usr/include/openssl/conferr.h /usr/include/openssl/conftypes.h \
 /usr/include/openssl/ssl.h /usr/include/openssl/comp.h \
 /usr/include/openssl/comperr.h /usr/include/openssl/x509.h \
 /usr/include/openssl/buffer.h /usr/include/openssl/buffererr.h \
 /usr/include/openssl/evp.h /usr/include/openssl/core_dispatch.h \
 /usr/include/openssl/evperr.h /usr/include/openssl/params.h \
 /usr/include/openssl/bn.h /usr/include/openssl/bnerr.h \
 /usr/include/openssl/objects.h /usr/include/openssl/obj_mac.h \
 /usr/include/openssl/asn1.h /usr/include/openssl/asn1err.h \
 /usr/include/openssl/objectserr.h /usr/include/openssl/ec.h \
 /usr/include/openssl/ecerr.h /usr/include/openssl/rsa.h \
 /usr/include/openssl/rsaerr.h /usr/include/openssl/dsa.h \
 /usr/include/openssl/dh.h /usr/include/openssl/dherr.h \
 /usr/include/openssl/dsaerr.h /usr/include/openssl/sha.h \
 /usr/include/openssl/x509err.h /usr/include/openssl/x509_vfy.h \
 /usr/include/openssl/pkcs7.h /usr/include/openssl/pkcs7err.h \
 /usr/include/openssl/http.h /usr/include/openssl/pem.h \
 /usr/include/openssl/pemerr.h /usr/include/openssl/hmac.h \
 /usr/include/openssl/async.h /usr/include/openssl/asyncerr.h \
 /usr/include/openssl/ct.h /usr/include/openssl/cterr.h \
 /usr/include/openssl/sslerr.h /usr/include/openssl/sslerr_legacy.h \
 /usr/include/openssl/prov_ssl.h /usr/include/openssl/ssl2.h \
 /usr/include/openssl/ssl3.h /usr/include/openssl/tls1.h \
 /usr/include/openssl/dtls1.h /usr/include/openssl/srtp.h \
 /usr/include/openssl/engine.h /usr/include/openssl/rand.h \
 /usr/include/openssl/randerr.h /usr/include/openssl/ui.h \
 /usr/include/openssl/uierr.h /usr/include/openssl/err.h \
 /usr/include/openssl/engineerr.h /usr/include/openssl/x509v3.h \
 /usr/include/openssl/x509v3err.h \
 /usr/include/boost/asio/ssl/detail/openssl_init.hpp \
 /usr/include/boost/asio/ssl/detail/impl/openssl_init.ipp \
 /usr/include/boost/asio/ssl/detail/password_callback.hpp \
 /usr/include/boost/asio/ssl/detail/verify_callback.hpp \
 /usr/include/boost/asio/ssl/verify_context.hpp \
 /usr/include/boost/asio/ssl/verify_mode.hpp \
 /usr/include/boost/asio/ssl/impl/context.hpp \
 /usr/include/boost/asio/ssl/impl/context.ipp \
 /usr/include/boost/asio/ssl/error.hpp \
 /usr/include/boost/asio/ssl/impl/error.ipp \
 /usr/include/boost/beast/core/error.hpp \
 /usr/include/boost/beast/core/detail/config.hpp \
 /usr/include/boost/core/ignore_unused.hpp \
 /usr/include/boost/beast/core/impl/error.hpp \
 /usr/include/boost/beast/core/impl/error.ipp \
 /work/main/server/http/http_session.h /work/main/server/http/message.h \
 /usr/include/boost/beast/http/message.hpp \
 /usr/include/boost/beast/http/fields.hpp \
 /usr/include/boost/beast/core/string.hpp \
 /usr/include/boost/beast/core/string_type.hpp \
 /usr/include/boost/core/detail/string_view.hpp \
 /usr/include/boost/core/is_same.hpp \
 /usr/include/boost/beast/core/impl/string.ipp \
 /usr/include/boost/beast/core/detail/string.hpp \
 /usr/include/boost/beast/core/detail/allocator.hpp \
 /usr/include/boost/beast/http/field.hpp \
 /usr/include/boost/beast/http/impl/field.ipp \
 /usr/include/boost/core/empty_value.hpp \
 /usr/include/boost/intrusive/list.hpp \
 /usr/include/boost/intrusive/detail/config_begin.hpp \
 /usr/include/boost/intrusive/intrusive_fwd.hpp \
 /usr/include/boost/intrusive/link_mode.hpp \
 /usr/include/boost/intrusive/detail/workaround.hpp \
 /usr/include/boost/intrusive/detail/assert.hpp \
 /usr/include/boost/intrusive/list_hook.hpp \
 /usr/include/boost/intrusive/detail/list_node.hpp \
 /usr/include/boost/intrusive/pointer_rebind.hpp \
 /usr/include/boost/intrusive/circular_list_algorithms.hpp \
 /usr/include/boost/intrusive/detail/algo_type.hpp \
 /usr/include/boost/core/no_exceptions_support.hpp \
 /usr/include/boost/intrusive/detail/config_end.hpp \
 /usr/include/boost/intrusive/options.hpp \
 /usr/include/boost/intrusive/pack_options.hpp \
 /usr/include/boost/intrusive/detail/generic_hook.hpp \
 /usr/include/boost/intrusive/pointer_traits.hpp \
 /usr/include/boost/move/detail/pointer_element.hpp \
 /usr/include/boost/move/detail/workaround.hpp \
 /usr/include/boost/intrusive/detail/mpl.hpp \
 /usr/include/boost/move/detail/type_traits.hpp \
 /usr/include/boost/move/detail/config_begin.hpp \
 /usr/include/boost/move/detail/meta_utils.hpp \
 /usr/include/boost/move/detail/meta_utils_core.hpp \
 /usr/include/boost/move/detail/addressof.hpp \
 /usr/include/boost/move/detail/config_end.hpp \
 /usr/include/boost/intrusive/detail/node_holder.hpp \
 /usr/include/boost/intrusive/detail/get_value_traits.hpp \
 /usr/include/boost/intrusive/detail/hook_traits.hpp \
 /usr/include/boost/intrusive/detail/parent_from_member.hpp \
 /usr/include/boost/move/detail/to_raw_pointer.hpp \
 /usr/include/boost/intrusive/detail/is_stateful_value_traits.hpp \
 /usr/include/boost/intrusive/detail/function_detector.hpp \
 /usr/include/boost/intrusive/detail/default_header_holder.hpp \
 /usr/include/boost/intrusive/detail/reverse_iterator.hpp \
 /usr/include/boost/move/detail/reverse_iterator.hpp \
 /usr/include/boost/move/detail/iterator_traits.hpp \
 /usr/include/boost/intrusive/detail/uncast.hpp \
 /usr/include/boost/intrusive/detail/list_iterator.hpp \
 /usr/include/boost/intrusive/detail/std_fwd.hpp \
 /usr/include/boost/move/detail/std_ns_begin.hpp \
 /usr/include/boost/move/detail/std_ns_end.hpp \
 /usr/include/boost/intrusive/detail/iiterator.hpp \
 /usr/include/boost/intrusive/detail/iterator.hpp \
 /usr/include/boost/intrusive/detail/array_initializer.hpp \
 /usr/include/boost/move/detail/placement_new.hpp \
 /usr/include/boost/move/detail/force_ptr.hpp \
 /usr/include/boost/intrusive/detail/exception_disposer.hpp \
 /usr/include/boost/intrusive/detail/equal_to_value.hpp \
 /usr/include/boost/intrusive/detail/key_nodeptr_comp.hpp \
 /usr/include/boost/intrusive/detail/ebo_functor_holder.hpp \
 /usr/include/boost/move/utility_core.hpp \
 /usr/include/boost/move/core.hpp \
 /usr/include/boost/intrusive/detail/tree_value_compare.hpp \
 /usr/include/boost/intrusive/detail/simple_disposers.hpp \
 /usr/include/boost/intrusive/detail/size_holder.hpp \
 /usr/include/boost/intrusive/detail/algorithm.hpp \
 /usr/include/boost/intrusive/detail/value_functors.hpp \
 /usr/include/boost/intrusive/set.hpp \
 /usr/include/boost/intrusive/rbtree.hpp \
 /usr/include/boost/intrusive/detail/minimal_less_equal_header.hpp \
 /usr/include/boost/intrusive/detail/minimal_pair_header.hpp \
 /usr/include/boost/intrusive/set_hook.hpp \
 /usr/include/boost/intrusive/detail/rbtree_node.hpp \
 /usr/include/boost/intrusive/rbtree_algorithms.hpp \
 /usr/include/boost/intrusive/bstree_algorithms.hpp \
 /usr/include/boost/intrusive/detail/bstree_algorithms_base.hpp \
 /usr/include/boost/intrusive/detail/math.hpp \
 /usr/include/boost/intrusive/pointer_plus_bits.hpp \
 /usr/include/boost/intrusive/detail/tree_node.hpp \
 /usr/include/boost/intrusive/bstree.hpp \
 /usr/include/boost/intrusive/bs_set_hook.hpp \
 /usr/include/boost/intrusive/detail/tree_iterator.hpp \
 /usr/include/boost/intrusive/detail/empty_node_checker.hpp \
 /usr/include/boost/intrusive/detail/node_cloner_disposer.hpp \
 /usr/include/boost/intrusive/parent_from_member.hpp \
 /usr/include/boost/move/adl_move_swap.hpp \
 /usr/include/boost/optional.hpp /usr/include/boost/optional/optional.hpp \
 /usr/include/boost/core/explicit_operator_bool.hpp \
 /usr/include/boost/core/swap.hpp \
 /usr/include/boost/optional/bad_optional_access.hpp \
 /usr/include/boost/type_traits/alignment_of.hpp \
 /usr/include/boost/type_traits/conjunction.hpp \
 /usr/include/boost/type_traits/disjunction.hpp \
 /usr/include/boost/type_traits/has_nothrow_constructor.hpp \
 /usr/include/boost/type_traits/is_default_constructible.hpp \
 /usr/include/boost/type_traits/is_complete.hpp \
 /usr/include/boost/type_traits/declval.hpp \
 /usr/include/boost/type_traits/add_rvalue_reference.hpp \
 /usr/include/boost/type_traits/is_void.hpp \
 /usr/include/boost/type_traits/is_reference.hpp \
 /usr/include/boost/type_traits/is_lvalue_reference.hpp \
 /usr/include/boost/type_traits/is_rvalue_reference.hpp \
 /usr/include/boost/type_traits/remove_reference.hpp \
 /usr/include/boost/type_traits/is_function.hpp \
 /usr/include/boost/type_traits/detail/is_function_cxx_11.hpp \
 /usr/include/boost/type_traits/detail/yes_no_type.hpp \
 /usr/include/boost/type_traits/type_with_alignment.hpp \
 /usr/include/boost/type_traits/is_pod.hpp \
 /usr/include/boost/type_traits/is_scalar.hpp \
 /usr/include/boost/type_traits/is_enum.hpp \
 /usr/include/boost/type_traits/is_pointer.hpp \
 /usr/include/boost/type_traits/is_member_pointer.hpp \
 /usr/include/boost/type_traits/is_member_function_pointer.hpp \
 /usr/include/boost/type_traits/detail/is_member_function_pointer_cxx_11.hpp \
 /usr/include/boost/type_traits/remove_const.hpp \
 /usr/include/boost/type_traits/decay.hpp \
 /usr/include/boost/type_traits/is_array.hpp \
 /usr/include/boost/type_traits/remove_bounds.hpp \
 /usr/include/boost/type_traits/remove_extent.hpp \
 /usr/include/boost/type_traits/add_pointer.hpp \
 /usr/include/boost/type_traits/is_assignable.hpp \
 /usr/include/boost/type_traits/is_const.hpp \
 /usr/include/boost/type_traits/is_constructible.hpp \
 /usr/include/boost/type_traits/is_destructible.hpp \
 /usr/include/boost/type_traits/is_convertible.hpp \
 /usr/include/boost/type_traits/is_abstract.hpp \
 /usr/include/boost/type_traits/add_lvalue_reference.hpp \
 /usr/include/boost/type_traits/add_reference.hpp \
 /usr/include/boost/type_traits/is_nothrow_move_assignable.hpp \
 /usr/include/boost/type_traits/has_trivial_move_assign.hpp \
 /usr/include/boost/type_traits/is_volatile.hpp \
 /usr/include/boost/type_traits/has_nothrow_assign.hpp \
 /usr/include/boost/type_traits/enable_if.hpp \
 /usr/include/boost/type_traits/is_nothrow_move_constructible.hpp \
 /usr/include/boost/move/utility.hpp /usr/include/boost/move/traits.hpp \
 /usr/include/boost/none.hpp /usr/include/boost/none_t.hpp \
 /usr/include/boost/utility/compare_pointees.hpp \
 /usr/include/boost/utility/result_of.hpp \
 /usr/include/boost/type_traits/type_identity.hpp \
 /usr/include/boost/utility/detail/result_of_variadic.hpp \
 /usr/include/boost/optional/optional_fwd.hpp \
 /usr/include/boost/optional/detail/optional_config.hpp \
 /usr/include/boost/optional/detail/optional_factory_support.hpp \
 /usr/include/boost/optional/detail/optional_aligned_storage.hpp \
 /usr/include/boost/optional/detail/optional_hash.hpp \
 /usr/include/boost/optional/detail/optional_trivially_copyable_base.hpp \
 /usr/include/boost/optional/detail/optional_reference_spec.hpp \
 /usr/include/boost/optional/detail/optional_relops.hpp \
 /usr/include/boost/optional/detail/optional_swap.hpp \
 /usr/include/boost/beast/http/impl/fields.hpp \
 /usr/include/boost/beast/core/buffers_cat.hpp \
 /usr/include/boost/beast/core/buffer_traits.hpp \
 /usr/include/boost/beast/core/detail/buffer_traits.hpp \
 /usr/include/boost/type_traits/make_void.hpp \
 /usr/include/boost/beast/core/detail/static_const.hpp \
 /usr/include/boost/mp11/function.hpp \
 /usr/include/boost/mp11/integral.hpp /usr/include/boost/mp11/version.hpp \
 /usr/include/boost/mp11/utility.hpp \
 /usr/include/boost/mp11/detail/mp_list.hpp \
 /usr/include/boost/mp11/detail/mp_fold.hpp \
 /usr/include/boost/mp11/detail/config.hpp \
 /usr/include/boost/mp11/detail/mp_front.hpp \
 /usr/include/boost/mp11/detail/mp_rename.hpp \
 /usr/include/boost/mp11/detail/mp_count.hpp \
 /usr/include/boost/mp11/detail/mp_plus.hpp \
 /usr/include/boost/mp11/detail/mp_min_element.hpp \
 /usr/include/boost/mp11/list.hpp \
 /usr/include/boost/mp11/detail/mp_is_list.hpp \
 /usr/include/boost/mp11/detail/mp_append.hpp \
 /usr/include/boost/mp11/detail/mp_void.hpp \
 /usr/include/boost/beast/core/detail/tuple.hpp \
 /usr/include/boost/mp11/integer_sequence.hpp \
 /usr/include/boost/mp11/algorithm.hpp /usr/include/boost/mp11/set.hpp \
 /usr/include/boost/mp11/detail/mp_copy_if.hpp \
 /usr/include/boost/mp11/detail/mp_remove_if.hpp \
 /usr/include/boost/mp11/detail/mp_map_find.hpp \
 /usr/include/boost/mp11/detail/mp_with_index.hpp \
 /usr/include/boost/type_traits/copy_cv.hpp \
 /usr/include/boost/type_traits/add_const.hpp \
 /usr/include/boost/type_traits/add_volatile.hpp \
 /usr/include/boost/beast/core/detail/type_traits.hpp \
 /usr/include/boost/beast/core/impl/buffers_cat.hpp \
 /usr/include/boost/beast/core/detail/variant.hpp \
 /usr/include/boost/beast/core/detail/buffers_ref.hpp \
 /usr/include/boost/beast/core/detail/clamp.hpp \
 /usr/include/boost/beast/core/detail/static_string.hpp \
 /usr/include/boost/beast/core/detail/temporary_buffer.hpp \
 /usr/include/boost/beast/core/detail/impl/temporary_buffer.ipp \
 /usr/include/boost/core/exchange.hpp \
 /usr/include/boost/beast/core/static_string.hpp \
 /usr/include/boost/static_string/static_string.hpp \
 /usr/include/boost/static_string/config.hpp \
 /usr/include/boost/container_hash/hash.hpp \
 /usr/include/boost/container_hash/hash_fwd.hpp \
 /usr/include/boost/container_hash/is_range.hpp \
 /usr/include/boost/container_hash/is_contiguous_range.hpp \
 /usr/include/boost/container_hash/is_unordered_range.hpp \
 /usr/include/boost/container_hash/is_described_class.hpp \
 /usr/include/boost/type_traits/is_union.hpp \
 /usr/include/boost/describe/bases.hpp \
 /usr/include/boost/describe/modifiers.hpp \
 /usr/include/boost/describe/detail/config.hpp \
 /usr/include/boost/describe/detail/void_t.hpp \
 /usr/include/boost/describe/members.hpp \
 /usr/include/boost/describe/detail/cx_streq.hpp \
 /usr/include/boost/mp11/bind.hpp \
 /usr/include/boost/container_hash/detail/hash_tuple.hpp \
 /usr/include/boost/container_hash/detail/hash_mix.hpp \
 /usr/include/boost/container_hash/detail/hash_range.hpp \
 /usr/include/boost/type_traits/is_signed.hpp \
 /usr/include/boost/type_traits/is_unsigned.hpp \
 /usr/include/boost/type_traits/make_unsigned.hpp \
 /usr/include/c++/12/complex /usr/include/c++/12/typeindex \
 /usr/include/c++/12/optional /usr/include/c++/12/variant \
 /usr/include/boost/utility/string_view.hpp \
 /usr/include/boost/io/ostream_put.hpp \
 /usr/include/boost/io/detail/buffer_fill.hpp \
 /usr/include/boost/io/detail/ostream_guard.hpp \
 /usr/include/boost/utility/string_view_fwd.hpp \
 /usr/include/boost/beast/http/verb.hpp \
 /usr/include/boost/beast/http/impl/verb.ipp \
 /usr/include/boost/beast/http/rfc7230.hpp \
 /usr/include/boost/beast/http/detail/rfc7230.hpp \
 /usr/include/boost/beast/http/detail/rfc7230.ipp \
 /usr/include/boost/beast/http/detail/basic_parsed_list.hpp \
 /usr/include/boost/beast/http/impl/rfc7230.hpp \
 /usr/include/boost/beast/http/impl/rfc7230.ipp \
 /usr/include/boost/beast/http/status.hpp \
 /usr/include/boost/beast/http/impl/status.ipp \
 /usr/include/boost/beast/http/chunk_encode.hpp \
 /usr/include/boost/beast/http/type_traits.hpp \
 /usr/include/boost/beast/http/detail/type_traits.hpp \
 /usr/include/boost/beast/http/detail/chunk_encode.hpp \
 /usr/include/boost/beast/http/impl/chunk_encode.hpp \
 /usr/include/boost/beast/core/detail/varint.hpp \
 /usr/include/boost/beast/http/error.hpp \
 /usr/include/boost/beast/http/impl/error.hpp \
 /usr/include/boost/beast/http/impl/error.ipp \
 /usr/include/boost/beast/http/impl/fields.ipp \
 /usr/include/boost/beast/http/impl/message.hpp \
 /usr/include/boost/beast/http/string_body.hpp \
 /usr/include/boost/beast/core/buffers_range.hpp \
 /usr/include/boost/beast/core/detail/buffers_range_adaptor.hpp \
 /usr/include/boost/beast/core/flat_buffer.hpp \
 /usr/include/boost/beast/core/impl/flat_buffer.hpp \
 /usr/include/boost/beast/core/tcp_stream.hpp \
 /usr/include/boost/beast/core/basic_stream.hpp \
 /usr/include/boost/beast/core/detail/stream_base.hpp \
 /usr/include/boost/beast/core/rate_policy.hpp \
 /usr/include/boost/beast/core/role.hpp \
 /usr/include/boost/beast/core/stream_traits.hpp \
 /usr/include/boost/beast/core/detail/stream_traits.hpp \
 /usr/include/boost/asio/connect.hpp \
 /usr/include/boost/asio/impl/connect.hpp \
 /usr/include/boost/asio/detail/base_from_cancellation_state.hpp \
 /usr/include/boost/asio/cancellation_state.hpp \
 /usr/include/boost/asio/executor.hpp \
 /usr/include/boost/asio/impl/executor.hpp \
 /usr/include/boost/asio/impl/executor.ipp \
 /usr/include/boost/enable_shared_from_this.hpp \
 /usr/include/boost/smart_ptr/enable_shared_from_this.hpp \
 /usr/include/boost/smart_ptr/weak_ptr.hpp \
 /usr/include/boost/beast/core/impl/basic_stream.hpp \
 /usr/include/boost/beast/core/async_base.hpp \
 /usr/include/boost/beast/core/bind_handler.hpp \
 /usr/include/boost/beast/core/detail/bind_handler.hpp \
 /usr/include/boost/is_placeholder.hpp \
 /usr/include/boost/beast/core/detail/async_base.hpp \
 /usr/include/boost/beast/core/detail/filtering_cancellation_slot.hpp \
 /usr/include/boost/beast/core/detail/work_guard.hpp \
 /usr/include/boost/asio/bind_executor.hpp \
 /usr/include/boost/asio/uses_executor.hpp \
 /usr/include/boost/beast/core/impl/async_base.hpp \
 /usr/include/boost/beast/core/buffers_prefix.hpp \
 /usr/include/boost/beast/core/impl/buffers_prefix.hpp \
 /usr/include/boost/beast/websocket/teardown.hpp \
 /usr/include/boost/beast/websocket/impl/teardown.hpp \
 /usr/include/boost/beast/core/detail/bind_continuation.hpp \
 /usr/include/boost/beast/core/detail/remap_post_to_defer.hpp \
 /usr/include/boost/beast/core/detail/is_invocable.hpp \
 /usr/include/boost/asio/coroutine.hpp /usr/include/boost/make_shared.hpp \
 /usr/include/boost/smart_ptr/make_shared.hpp \
 /usr/include/boost/smart_ptr/make_shared_object.hpp \
 /usr/include/boost/smart_ptr/detail/sp_forward.hpp \
 /usr/include/boost/smart_ptr/make_shared_array.hpp \
 /usr/include/boost/core/default_allocator.hpp \
 /usr/include/boost/smart_ptr/allocate_shared_array.hpp \
 /usr/include/boost/core/allocator_access.hpp \
 /usr/include/boost/core/pointer_traits.hpp \
 /usr/include/boost/core/alloc_construct.hpp \
 /usr/include/boost/core/noinit_adaptor.hpp \
 /usr/include/boost/core/first_scalar.hpp \
 /usr/include/boost/type_traits/extent.hpp \
 /usr/include/boost/type_traits/is_bounded_array.hpp \
 /usr/include/boost/type_traits/is_unbounded_array.hpp \
 /usr/include/boost/beast/http/parser.hpp \
 /usr/include/boost/beast/http/basic_parser.hpp \
 /usr/include/boost/beast/http/detail/basic_parser.hpp \
 /usr/include/boost/beast/core/detail/char_buffer.hpp \
 /usr/include/boost/beast/http/detail/basic_parser.ipp \
 /usr/include/boost/beast/http/impl/basic_parser.hpp \
 /usr/include/boost/make_unique.hpp \
 /usr/include/boost/smart_ptr/make_unique.hpp \
 /usr/include/boost/beast/http/impl/basic_parser.ipp \
 /usr/include/boost/beast/http/impl/parser.hpp \
 /usr/include/boost/beast/ssl/ssl_stream.hpp \
 /usr/include/boost/beast/websocket/ssl.hpp \
 /usr/include/boost/asio/ssl/stream.hpp \
 /usr/include/boost/asio/ssl/detail/buffered_handshake_op.hpp \
 /usr/include/boost/asio/ssl/detail/engine.hpp \
 /usr/include/boost/asio/detail/static_mutex.hpp \
 /usr/include/boost/asio/detail/posix_static_mutex.hpp \
 /usr/include/boost/asio/ssl/stream_base.hpp \
 /usr/include/boost/asio/ssl/detail/impl/engine.ipp \
 /usr/include/boost/asio/ssl/detail/handshake_op.hpp \
 /usr/include/boost/asio/ssl/detail/io.hpp \
 /usr/include/boost/asio/ssl/detail/stream_core.hpp \
 /usr/include/boost/asio/deadline_timer.hpp \
 /usr/include/boost/asio/basic_deadline_timer.hpp \
 /usr/include/boost/asio/write.hpp \
 /usr/include/boost/asio/completion_condition.hpp \
 /usr/include/boost/asio/basic_streambuf_fwd.hpp \
 /usr/include/boost/asio/impl/write.hpp \
 /usr/include/boost/asio/detail/base_from_completion_cond.hpp \
 /usr/include/boost/asio/detail/consuming_buffers.hpp \
 /usr/include/boost/asio/detail/dependent_type.hpp \
 /usr/include/boost/asio/ssl/detail/read_op.hpp \
 /usr/include/boost/asio/ssl/detail/shutdown_op.hpp \
 /usr/include/boost/asio/ssl/detail/write_op.hpp \
 /usr/include/boost/beast/websocket/impl/ssl.hpp \
 /usr/include/boost/asio/compose.hpp \
 /usr/include/boost/asio/detail/composed_work.hpp \
 /usr/include/boost/beast/core/flat_stream.hpp \
 /usr/include/boost/beast/core/detail/flat_stream.hpp \
 /usr/include/boost/beast/core/impl/flat_stream.hpp \
 /usr/include/boost/beast/core/static_buffer.hpp \
 /usr/include/boost/beast/core/detail/buffers_pair.hpp \
 /usr/include/boost/beast/core/impl/static_buffer.hpp \
 /usr/include/boost/beast/core/impl/static_buffer.ipp \
 /work/main/server/http/responses.h /usr/include/boost/asio/strand.hpp \
 /usr/include/boost/asio/detail/strand_executor_service.hpp \
 /usr/include/boost/asio/detail/impl/strand_executor_service.hpp \
 /usr/include/boost/asio/defer.hpp /usr/include/boost/asio/impl/defer.hpp \
 /usr/include/boost/asio/dispatch.hpp \
 /usr/include/boost/asio/impl/dispatch.hpp \
 /usr/include/boost/asio/detail/impl/strand_executor_service.ipp \
 /usr/include/boost/asio/io_context_strand.hpp \
 /usr/include/boost/asio/detail/strand_service.hpp \
 /usr/include/boost/asio/detail/impl/strand_service.hpp \
 /usr/include/boost/asio/detail/impl/strand_service.ipp
