# storepulse_add_warnings(target): the project's warning set; errors when STOREPULSE_WERROR is on.
function(storepulse_add_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2
    # GCC 12 reports std::optional members as maybe-uninitialized at -O2 (false positives).
    -Wno-maybe-uninitialized)
  if(STOREPULSE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
