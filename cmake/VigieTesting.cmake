# vigie_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [GUI] [TIMEOUT <seconds>]
#                [LABELS <labels...>])
#
# One Qt Test executable per unit, registered with CTest. TEST_DATA_DIR points at tests/data,
# SHARED_DATA_DIR at the repository's city packs, so tests never read ../shared.
# GUI tests run on the offscreen platform plugin.
function(vigie_add_test)
    cmake_parse_arguments(PARSE_ARGV 0 arg "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "vigie_add_test: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_NAME OR NOT arg_SOURCES)
        message(FATAL_ERROR "vigie_add_test: NAME and SOURCES are required")
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()

    add_executable(${arg_NAME} ${arg_SOURCES})
    vigie_target_defaults(${arg_NAME} RELAXED_STRINGS)
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test vigie_testsupport ${arg_LIBS})
    target_compile_definitions(${arg_NAME} PRIVATE
        TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        CITIES_DIR="${VIGIE_CITIES_SOURCE_DIR}")

    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set(env "QT_LOGGING_RULES=vigie.*.debug=false")
    if(arg_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "${env}"
        LABELS "${arg_LABELS}")
endfunction()
