server/CMakeFiles/storepulse_server_core.dir/auth/admin_routes.cpp.o: \
 /work/main/server/auth/admin_routes.cpp /usr/include/stdc-predef.h \
 /work/main/server/auth/admin_routes.h /work/main/server/app/services.h \
 /work/main/server/app/server_config.h /usr/include/c++/12/algorithm \
 /usr/include/c++/12/bits/stl_algobase.h \
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
 /usr/include/c++/12/bits/functexcept.h \
 /usr/include/c++/12/bits/exception_defines.h \
 /usr/include/c++/12/bits/cpp_type_traits.h \
 /usr/include/c++/12/ext/type_traits.h \
 /usr/include/c++/12/ext/numeric_traits.h \
 /usr/include/c++/12/bits/stl_pair.h /usr/include/c++/12/type_traits \
 /usr/include/c++/12/bits/move.h /usr/include/c++/12/bits/utility.h \
 /usr/include/c++/12/compare /usr/include/c++/12/concepts \
 /usr/include/c++/12/bits/stl_iterator_base_types.h \
 /usr/include/c++/12/bits/iterator_concepts.h \
 /usr/include/c++/12/bits/ptr_traits.h \
 /usr/include/c++/12/bits/ranges_cmp.h \
 /usr/include/c++/12/bits/stl_iterator_base_funcs.h \
 /usr/include/c++/12/bits/concept_check.h \
 /usr/include/c++/12/debug/assertions.h \
 /usr/include/c++/12/bits/stl_iterator.h /usr/include/c++/12/new \
 /usr/include/c++/12/bits/exception.h \
 /usr/include/c++/12/bits/stl_construct.h \
 /usr/include/c++/12/debug/debug.h \
 /usr/include/c++/12/bits/predefined_ops.h \
 /usr/include/c++/12/bits/stl_algo.h \
 /usr/include/c++/12/bits/algorithmfwd.h \
 /usr/include/c++/12/initializer_list /usr/include/c++/12/bits/stl_heap.h \
 /usr/include/c++/12/bits/stl_tempbuf.h \
 /usr/include/c++/12/bits/uniform_int_dist.h /usr/include/c++/12/cstdlib \
 /usr/include/stdlib.h \
 /usr/include/x86_64-linux-gnu/bits/libc-header-start.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h \
 /usr/include/x86_64-linux-gnu/bits/waitflags.h \
 /usr/include/x86_64-linux-gnu/bits/waitstatus.h \
 /usr/include/x86_64-linux-gnu/bits/floatn.h \
 /usr/include/x86_64-linux-gnu/bits/floatn-common.h \
 /usr/include/x86_64-linux-gnu/bits/types/locale_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__locale_t.h \
 /usr/include/x86_64-linux-gnu/sys/types.h \
 /usr/include/x86_64-linux-gnu/bits/types.h \
 /usr/include/x86_64-linux-gnu/bits/typesizes.h \
 /usr/include/x86_64-linux-gnu/bits/time64.h \
 /usr/include/x86_64-linux-gnu/bits/types/clock_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/clockid_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/time_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/timer_t.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-intn.h /usr/include/endian.h \
 /usr/include/x86_64-linux-gnu/bits/endian.h \
 /usr/include/x86_64-linux-gnu/bits/endianness.h \
 /usr/include/x86_64-linux-gnu/bits/byteswap.h \
 /usr/include/x86_64-linux-gnu/bits/uintn-identity.h \
 /usr/include/x86_64-linux-gnu/sys/select.h \
 /usr/include/x86_64-linux-gnu/bits/select.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigset_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes.h \
 /usr/include/x86_64-linux-gnu/bits/thread-shared-types.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h \
 /usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h \
 /usr/include/x86_64-linux-gnu/bits/struct_mutex.h \
 /usr/include/x86_64-linux-gnu/bits/struct_rwlock.h /usr/include/alloca.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-float.h \
 /usr/include/c++/12/bits/std_abs.h \
 /usr/include/c++/12/bits/ranges_algo.h \
 /usr/include/c++/12/bits/ranges_algobase.h \
 /usr/include/c++/12/bits/ranges_base.h \
 /usr/include/c++/12/bits/max_size_type.h /usr/include/c++/12/numbers \
 /usr/include/c++/12/bits/invoke.h /usr/include/c++/12/bits/ranges_util.h \
 /usr/include/c++/12/pstl/glue_algorithm_defs.h \
 /usr/include/c++/12/pstl/execution_defs.h /usr/include/c++/12/chrono \
 /usr/include/c++/12/bits/chrono.h /usr/include/c++/12/ratio \
 /usr/include/c++/12/cstdint \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h /usr/include/stdint.h \
 /usr/include/x86_64-linux-gnu/bits/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-uintn.h \
 /usr/include/c++/12/limits /usr/include/c++/12/ctime /usr/include/time.h \
 /usr/include/x86_64-linux-gnu/bits/time.h \
 /usr/include/x86_64-linux-gnu/bits/timex.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_tm.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_itimerspec.h \
 /usr/include/c++/12/bits/parse_numbers.h /usr/include/c++/12/sstream \
 /usr/include/c++/12/istream /usr/include/c++/12/ios \
 /usr/include/c++/12/iosfwd /usr/include/c++/12/bits/stringfwd.h \
 /usr/include/c++/12/bits/memoryfwd.h /usr/include/c++/12/bits/postypes.h \
 /usr/include/c++/12/cwchar /usr/include/wchar.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h \
 /usr/include/x86_64-linux-gnu/bits/types/wint_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/FILE.h \
 /usr/include/c++/12/exception /usr/include/c++/12/bits/exception_ptr.h \
 /usr/include/c++/12/bits/cxxabi_init_exception.h \
 /usr/include/c++/12/typeinfo /usr/include/c++/12/bits/hash_bytes.h \
 /usr/include/c++/12/bits/nested_exception.h \
 /usr/include/c++/12/bits/char_traits.h \
 /usr/include/c++/12/bits/localefwd.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++locale.h \
 /usr/include/c++/12/clocale /usr/include/locale.h \
 /usr/include/x86_64-linux-gnu/bits/locale.h /usr/include/c++/12/cctype \
 /usr/include/ctype.h /usr/include/c++/12/bits/ios_base.h \
 /usr/include/c++/12/ext/atomicity.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr-default.h \
 /usr/include/pthread.h /usr/include/sched.h \
 /usr/include/x86_64-linux-gnu/bits/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_sched_param.h \
 /usr/include/x86_64-linux-gnu/bits/cpu-set.h \
 /usr/include/x86_64-linux-gnu/bits/setjmp.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h \
 /usr/include/x86_64-linux-gnu/bits/pthread_stack_min-dynamic.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/atomic_word.h \
 /usr/include/x86_64-linux-gnu/sys/single_threaded.h \
 /usr/include/c++/12/bits/locale_classes.h /usr/include/c++/12/string \
 /usr/include/c++/12/bits/allocator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++allocator.h \
 /usr/include/c++/12/bits/new_allocator.h \
 /usr/include/c++/12/bits/ostream_insert.h \
 /usr/include/c++/12/bits/cxxabi_forced.h \
 /usr/include/c++/12/bits/stl_function.h \
 /usr/include/c++/12/backward/binders.h \
 /usr/include/c++/12/bits/refwrap.h \
 /usr/include/c++/12/bits/range_access.h \
 /usr/include/c++/12/bits/basic_string.h \
 /usr/include/c++/12/ext/alloc_traits.h \
 /usr/include/c++/12/bits/alloc_traits.h /usr/include/c++/12/string_view \
 /usr/include/c++/12/bits/functional_hash.h \
 /usr/include/c++/12/bits/string_view.tcc \
 /usr/include/c++/12/ext/string_conversions.h /usr/include/c++/12/cstdio \
 /usr/include/stdio.h /usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/cookie_io_functions_t.h \
 /usr/include/x86_64-linux-gnu/bits/stdio_lim.h \
 /usr/include/x86_64-linux-gnu/bits/stdio.h /usr/include/c++/12/cerrno \
 /usr/include/errno.h /usr/include/x86_64-linux-gnu/bits/errno.h \
 /usr/include/linux/errno.h /usr/include/x86_64-linux-gnu/asm/errno.h \
 /usr/include/asm-generic/errno.h /usr/include/asm-generic/errno-base.h \
 /usr/include/x86_64-linux-gnu/bits/types/error_t.h \
 /usr/include/c++/12/bits/charconv.h \
 /usr/include/c++/12/bits/basic_string.tcc \
 /usr/include/c++/12/bits/locale_classes.tcc \
 /usr/include/c++/12/system_error \
 /usr/include/x86_64-linux-gnu/c++/12/bits/error_constants.h \
 /usr/include/c++/12/stdexcept /usr/include/c++/12/streambuf \
 /usr/include/c++/12/bits/streambuf.tcc \
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
 /usr/include/c++/12/thread /usr/include/c++/12/stop_token \
 /usr/include/c++/12/atomic /usr/include/c++/12/bits/atomic_base.h \
 /usr/include/c++/12/bits/atomic_lockfree_defines.h \
 /usr/include/c++/12/bits/atomic_wait.h /usr/include/c++/12/climits \
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
 /usr/include/c++/12/bits/std_mutex.h \
 /usr/include/c++/12/bits/std_thread.h /usr/include/c++/12/tuple \
 /usr/include/c++/12/bits/uses_allocator.h \
 /usr/include/c++/12/bits/unique_ptr.h /usr/include/c++/12/semaphore \
 /usr/include/c++/12/bits/semaphore_base.h \
 /usr/include/c++/12/bits/atomic_timed_wait.h \
 /usr/include/c++/12/bits/this_thread_sleep.h \
 /usr/include/x86_64-linux-gnu/sys/time.h /usr/include/semaphore.h \
 /usr/include/x86_64-linux-gnu/bits/semaphore.h \
 /work/main/server/http/router.h /work/main/server/http/message.h \
 /usr/include/boost/beast/http/message.hpp \
 /usr/include/boost/beast/core/detail/config.hpp \
 /usr/include/boost/config.hpp /usr/include/boost/config/user.hpp \
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
 /usr/include/boost/version.hpp /usr/include/boost/core/ignore_unused.hpp \
 /usr/include/boost/static_assert.hpp \
 /usr/include/boost/detail/workaround.hpp \
 /usr/include/boost/config/workaround.hpp \
 /usr/include/boost/preprocessor/cat.hpp \
 /usr/include/boost/preprocessor/config/config.hpp \
 /usr/include/boost/beast/http/fields.hpp \
 /usr/include/boost/beast/core/string.hpp \
 /usr/include/boost/beast/core/string_type.hpp \
 /usr/include/boost/core/detail/string_view.hpp \
 /usr/include/boost/core/enable_if.hpp \
 /usr/include/boost/core/is_same.hpp /usr/include/boost/assert.hpp \
 /usr/include/assert.h /usr/include/boost/assert/source_location.hpp \
 /usr/include/boost/current_function.hpp /usr/include/boost/cstdint.hpp \
 /usr/include/c++/12/cstring /usr/include/string.h /usr/include/strings.h \
 /usr/include/c++/12/source_location \
 /usr/include/boost/throw_exception.hpp \
 /usr/include/boost/exception/exception.hpp /usr/include/c++/12/utility \
 /usr/include/c++/12/bits/stl_relops.h \
 /usr/include/boost/config/pragma_message.hpp \
 /usr/include/boost/beast/core/impl/string.ipp \
 /usr/include/boost/beast/core/detail/string.hpp \
 /usr/include/boost/beast/core/detail/allocator.hpp \
 /usr/include/c++/12/memory /usr/include/c++/12/bits/stl_uninitialized.h \
 /usr/include/c++/12/bits/stl_raw_storage_iter.h \
 /usr/include/c++/12/bits/align.h /usr/include/c++/12/bit \
 /usr/include/c++/12/bits/shared_ptr.h \
 /usr/include/c++/12/bits/shared_ptr_base.h \
 /usr/include/c++/12/bits/allocated_ptr.h \
 /usr/include/c++/12/ext/aligned_buffer.h \
 /usr/include/c++/12/ext/concurrence.h \
 /usr/include/c++/12/bits/shared_ptr_atomic.h \
 /usr/include/c++/12/backward/auto_ptr.h \
 /usr/include/c++/12/bits/ranges_uninitialized.h \
 /usr/include/c++/12/bits/uses_allocator_args.h \
 /usr/include/c++/12/pstl/glue_memory_defs.h \
 /usr/include/boost/beast/http/field.hpp \
 /usr/include/boost/beast/http/impl/field.ipp /usr/include/c++/12/array \
 /usr/include/boost/asio/buffer.hpp \
 /usr/include/boost/asio/detail/config.hpp /usr/include/linux/version.h \
 /usr/include/c++/12/vector /usr/include/c++/12/bits/stl_vector.h \
 /usr/include/c++/12/bits/stl_bvector.h \
 /usr/include/c++/12/bits/vector.tcc \
 /usr/include/boost/asio/detail/array_fwd.hpp \
 /usr/include/boost/asio/detail/memory.hpp \
 /usr/include/boost/asio/detail/cstdint.hpp \
 /usr/include/boost/asio/detail/throw_exception.hpp \
 /usr/include/boost/asio/detail/string_view.hpp \
 /usr/include/boost/asio/detail/type_traits.hpp \
 /usr/include/boost/asio/is_contiguous_iterator.hpp \
 /usr/include/c++/12/iterator /usr/include/c++/12/bits/stream_iterator.h \
 /usr/include/boost/asio/detail/push_options.hpp \
 /usr/include/boost/asio/detail/pop_options.hpp \
 /usr/include/boost/asio/detail/is_buffer_sequence.hpp \
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
 /usr/include/boost/core/addressof.hpp \
 /usr/include/boost/core/explicit_operator_bool.hpp \
 /usr/include/boost/core/swap.hpp \
 /usr/include/boost/optional/bad_optional_access.hpp \
 /usr/include/boost/type.hpp \
 /usr/include/boost/type_traits/alignment_of.hpp \
 /usr/include/boost/type_traits/intrinsics.hpp \
 /usr/include/boost/type_traits/detail/config.hpp \
 /usr/include/boost/type_traits/integral_constant.hpp \
 /usr/include/boost/type_traits/conditional.hpp \
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
 /usr/include/boost/type_traits/is_arithmetic.hpp \
 /usr/include/boost/type_traits/is_integral.hpp \
 /usr/include/boost/type_traits/is_floating_point.hpp \
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
 /usr/include/boost/type_traits/remove_cv.hpp \
 /usr/include/boost/type_traits/is_assignable.hpp \
 /usr/include/boost/type_traits/is_base_of.hpp \
 /usr/include/boost/type_traits/is_base_and_derived.hpp \
 /usr/include/boost/type_traits/is_same.hpp \
 /usr/include/boost/type_traits/is_class.hpp \
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
 /usr/include/c++/12/functional /usr/include/c++/12/bits/std_function.h \
 /usr/include/c++/12/unordered_map /usr/include/c++/12/bits/hashtable.h \
 /usr/include/c++/12/bits/hashtable_policy.h \
 /usr/include/c++/12/bits/enable_special_members.h \
 /usr/include/c++/12/bits/node_handle.h \
 /usr/include/c++/12/bits/unordered_map.h \
 /usr/include/c++/12/bits/erase_if.h \
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
 /usr/include/c++/12/cassert /usr/include/boost/type_traits/copy_cv.hpp \
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
 /usr/include/c++/12/complex /usr/include/c++/12/cmath \
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
 /usr/include/c++/12/tr1/riemann_zeta.tcc /usr/include/c++/12/typeindex \
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
 /usr/include/boost/beast/core/error.hpp \
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
 /usr/include/boost/system/system_error.hpp \
 /usr/include/boost/beast/core/impl/error.hpp \
 /usr/include/boost/beast/core/impl/error.ipp \
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
 /work/main/server/auth/json_fields.h \
 /usr/include/google/protobuf/struct.pb.h \
 /usr/include/google/protobuf/port_def.inc \
 /usr/include/google/protobuf/port_undef.inc \
 /usr/include/google/protobuf/io/coded_stream.h \
 /usr/include/google/protobuf/stubs/common.h /usr/include/c++/12/iostream \
 /usr/include/c++/12/map /usr/include/c++/12/bits/stl_tree.h \
 /usr/include/c++/12/bits/stl_map.h \
 /usr/include/c++/12/bits/stl_multimap.h /usr/include/c++/12/set \
 /usr/include/c++/12/bits/stl_set.h \
 /usr/include/c++/12/bits/stl_multiset.h \
 /usr/include/google/protobuf/stubs/macros.h \
 /usr/include/google/protobuf/stubs/platform_macros.h \
 /usr/include/google/protobuf/stubs/port.h /usr/include/c++/12/stdlib.h \
 /usr/include/byteswap.h /usr/include/google/protobuf/stubs/stringpiece.h \
 /usr/include/google/protobuf/stubs/hash.h \
 /usr/include/c++/12/unordered_set \
 /usr/include/c++/12/bits/unordered_set.h \
 /usr/include/google/protobuf/stubs/logging.h \
 /usr/include/google/protobuf/stubs/status.h \
 /usr/include/google/protobuf/stubs/strutil.h \
 /usr/include/google/protobuf/port.h /usr/include/google/protobuf/arena.h \
 /usr/include/google/protobuf/arena_impl.h \
 /usr/include/google/protobuf/arenaz_sampler.h \
 /usr/include/google/protobuf/arenastring.h \
 /usr/include/google/protobuf/explicitly_constructed.h \
 /usr/include/google/protobuf/generated_message_util.h \
 /usr/include/google/protobuf/stubs/once.h \
 /usr/include/google/protobuf/any.h \
 /usr/include/google/protobuf/message_lite.h \
 /usr/include/google/protobuf/metadata_lite.h \
 /usr/include/google/protobuf/has_bits.h \
 /usr/include/google/protobuf/implicit_weak_message.h \
 /usr/include/google/protobuf/repeated_field.h \
 /usr/include/google/protobuf/repeated_ptr_field.h \
 /usr/include/google/protobuf/wire_format_lite.h \
 /usr/include/google/protobuf/stubs/casts.h \
 /usr/include/google/protobuf/generated_message_reflection.h \
 /usr/include/google/protobuf/descriptor.h \
 /usr/include/google/protobuf/stubs/mutex.h \
 /usr/include/google/protobuf/generated_enum_reflection.h \
 /usr/include/google/protobuf/generated_enum_util.h \
 /usr/include/google/protobuf/unknown_field_set.h \
 /usr/include/google/protobuf/io/zero_copy_stream_impl_lite.h \
 /usr/include/google/protobuf/stubs/callback.h \
 /usr/include/google/protobuf/io/zero_copy_stream.h \
 /usr/include/google/protobuf/stubs/stl_util.h \
 /usr/include/google/protobuf/parse_context.h \
 /usr/include/google/protobuf/endian.h \
 /usr/include/google/protobuf/inlined_string_field.h \
 /usr/include/google/protobuf/message.h \
 /usr/include/google/protobuf/map.h \
 /usr/include/google/protobuf/map_type_handler.h \
 /usr/include/google/protobuf/extension_set.h \
 /usr/include/google/protobuf/map_entry.h \
 /usr/include/google/protobuf/map_entry_lite.h \
 /usr/include/google/protobuf/reflection_ops.h \
 /usr/include/google/protobuf/map_field_inl.h \
 /usr/include/google/protobuf/map_field.h \
 /usr/include/google/protobuf/map_field_lite.h \
 /work/main/server/auth/request_guard.h \
 /work/main/server/auth/principal.h /work/main/server/auth/user_store.h \
 /work/main/server/storage/database.h /usr/include/sqlite3.h \
 /usr/include/c++/12/span /work/main/server/calendar/calendar.h \
 /work/main/server/http/responses.h /work/main/server/ingest/writer.h \
 /work/main/server/ingest/checkpointer.h \
 /usr/include/c++/12/condition_variable \
 /work/main/server/ingest/rollup_accumulator.h \
 /work/main/server/ingest/wal_syncer.h /usr/include/c++/12/deque \
 /usr/include/c++/12/bits/stl_deque.h /usr/include/c++/12/bits/deque.tcc \
 /work/main/server/storage/reader_pool.h /usr/include/c++/12/charconv
