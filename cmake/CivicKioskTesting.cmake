# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
# ck_add_test(NAME tst_x SOURCES a.cpp LIBS lib... LABELS unit security [GUI] [TIMEOUT s])
# One Qt Test executable per class under test; labels as in DESIGN.md. GUI tests get the
# offscreen platform unless the environment already provides a display (scripts/test.sh runs
# ctest under xvfb-run so QT_QPA_PLATFORM stays xcb there).
function(ck_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_compile_definitions(${T_NAME} PRIVATE
        CK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        CK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        CK_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox;CK_BUILD_DIR=${CMAKE_BINARY_DIR}")
    list(APPEND env ${T_ENV})
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()

# ck_add_bench(NAME bench_x COMMAND $<TARGET_FILE:bench-x> --n 60 GOALS "ratio x_vs_y<=1.2"
#              LABELS bench [TIMEOUT s] [ENV ...])
# A benchmark that can fail: tests/bench/bench_goal.py runs COMMAND three times and holds the
# median of each figure to its goal from DESIGN.md. Keep COMMAND short (a few seconds).
find_program(CK_PYTHON3 python3 REQUIRED)
function(ck_add_bench)
    cmake_parse_arguments(B "" "NAME;TIMEOUT" "COMMAND;GOALS;LABELS;ENV" ${ARGN})
    set(goals)
    foreach(goal ${B_GOALS})
        list(APPEND goals --goal "${goal}")
    endforeach()
    add_test(NAME ${B_NAME} COMMAND ${CK_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/bench/bench_goal.py
        --runs 3 ${goals} -- ${B_COMMAND})
    if(NOT B_TIMEOUT)
        set(B_TIMEOUT 300)
    endif()
    set(env "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox;CK_BUILD_DIR=${CMAKE_BINARY_DIR}")
    list(APPEND env ${B_ENV})
    # Alone: a benchmark next to other tests measures them.
    set_tests_properties(${B_NAME} PROPERTIES LABELS "${B_LABELS}" TIMEOUT ${B_TIMEOUT}
        ENVIRONMENT "${env}" RUN_SERIAL TRUE)
endfunction()
