# storepulse_add_warnings(target): the project's warning set; errors when STOREPULSE_WERROR is on.
function(storepulse_add_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::optional members as maybe-uninitialized at -O2 (false positives).
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
  if(STOREPULSE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
