# Compiler settings shared by every Vigie target.
#
# vigie_target_defaults(<target> [RELAXED_STRINGS])
# RELAXED_STRINGS (tests only) allows implicit const char* → QString, which keeps data-driven
# test tables readable; product code keeps QT_NO_CAST_FROM_ASCII.
function(vigie_target_defaults target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "RELAXED_STRINGS" "" "")
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic -Wno-missing-field-initializers)
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(NOT arg_RELAXED_STRINGS)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
    endif()
endfunction()
