# Installation and packages: both programs, the desktop entry, the AppStream metainfo, the icons
# (SVG plus PNGs rendered at build time), the man page and the bash completion; CPack makes a .deb
# and a .tar.gz. Included once from the top-level CMakeLists.txt.
include(GNUInstallDirs)

set(AUTHDECK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(AUTHDECK_APPSTREAM_ID io.github.authdeck.AuthDeck)

install(TARGETS authdeck authdeck-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${AUTHDECK_PACKAGING_DIR}/authdeck.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${AUTHDECK_PACKAGING_DIR}/${AUTHDECK_APPSTREAM_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${AUTHDECK_PACKAGING_DIR}/authdeck-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME authdeck-cli)

# Icons: the SVG as the scalable one, and PNGs for the hicolor sizes, rendered from it by a tiny
# Qt tool at build time so they never drift from the SVG.
set(AUTHDECK_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/authdeck.svg)
set(AUTHDECK_ICON_SIZES 16 22 24 32 48 64 128 256)
set(AUTHDECK_ICON_DIR ${CMAKE_CURRENT_BINARY_DIR}/icons)
add_executable(authdeck-render-icon ${AUTHDECK_PACKAGING_DIR}/tools/render-icon.cpp)
target_link_libraries(authdeck-render-icon PRIVATE Qt6::Gui Qt6::Svg authdeck-settings authdeck-strict)
set(AUTHDECK_ICON_PNGS)
foreach(size IN LISTS AUTHDECK_ICON_SIZES)
    list(APPEND AUTHDECK_ICON_PNGS ${AUTHDECK_ICON_DIR}/${size}x${size}/authdeck.png)
endforeach()
add_custom_command(OUTPUT ${AUTHDECK_ICON_PNGS}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            $<TARGET_FILE:authdeck-render-icon> ${AUTHDECK_ICON_SVG} ${AUTHDECK_ICON_DIR}
            ${AUTHDECK_ICON_SIZES}
    DEPENDS authdeck-render-icon ${AUTHDECK_ICON_SVG}
    COMMENT "Rendering the application icon to PNG"
    VERBATIM)
add_custom_target(authdeck-icons ALL DEPENDS ${AUTHDECK_ICON_PNGS})
foreach(size IN LISTS AUTHDECK_ICON_SIZES)
    install(FILES ${AUTHDECK_ICON_DIR}/${size}x${size}/authdeck.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${AUTHDECK_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Man pages, compressed as Debian expects when gzip is there.
find_program(AUTHDECK_GZIP gzip)
foreach(page authdeck.1 authdeck-cli.1)
    if(AUTHDECK_GZIP)
        add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
            COMMAND ${AUTHDECK_GZIP} -9 -n -c ${AUTHDECK_PACKAGING_DIR}/${page}
                    > ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
            DEPENDS ${AUTHDECK_PACKAGING_DIR}/${page}
            VERBATIM)
        list(APPEND AUTHDECK_MAN_PAGES ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
    else()
        list(APPEND AUTHDECK_MAN_PAGES ${AUTHDECK_PACKAGING_DIR}/${page})
    endif()
endforeach()
add_custom_target(authdeck-man ALL DEPENDS ${AUTHDECK_MAN_PAGES})
install(FILES ${AUTHDECK_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# CPack: a .deb for Debian 12 and a .tar.gz of the same tree.
set(CPACK_PACKAGE_NAME authdeck)
set(CPACK_PACKAGE_VENDOR AuthDeck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "AuthDeck maintainers <authdeck@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/authdeck/authdeck)
set(CPACK_PACKAGE_INSTALL_DIRECTORY authdeck)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Connect cloud accounts through one uniform flow
 AuthDeck is an admin console that connects cloud accounts (Box, Google Drive,
 OneDrive, Dropbox, Salesforce, S3 and self-hosted servers) through one flow,
 whatever scheme the provider uses: OAuth 2.0 in the system browser, JWT,
 client credentials, access keys or a password exchanged for tokens. Secrets
 live only in the system keychain (Secret Service).
 .
 This package holds the window (authdeck) and the command line (authdeck-cli).")
# The Qt 6 libraries the programs link (Debian 12 names), QtKeychain and OpenSSL 3. The SVG
# icon engine lives in libqt6svg6 and is loaded as a plugin, so it is named here explicitly.
set(AUTHDECK_QT_MIN 6.4.2)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= ${AUTHDECK_QT_MIN}), libqt6gui6 (>= ${AUTHDECK_QT_MIN}), libqt6widgets6 (>= ${AUTHDECK_QT_MIN}), libqt6network6 (>= ${AUTHDECK_QT_MIN}), libqt6dbus6 (>= ${AUTHDECK_QT_MIN}), libqt6networkauth6 (>= ${AUTHDECK_QT_MIN}), libqt6svg6 (>= ${AUTHDECK_QT_MIN}), libqt6sql6 (>= ${AUTHDECK_QT_MIN}), libqt6sql6-sqlite (>= ${AUTHDECK_QT_MIN}), libqt6keychain1 (>= 0.13), libssl3 (>= 3.0), libc6, libstdc++6")
# Secrets need a Secret Service; gnome-keyring is the usual one.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, libqt6sql6-psql (>= ${AUTHDECK_QT_MIN})")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)

# The check CI runs: both validators, the man page and completion against the CLI's own help, and
# the .deb's contents and Depends.
if(AUTHDECK_BUILD_TESTS AND NOT AUTHDECK_TSAN)
    add_test(NAME integration.packaging
             COMMAND ${AUTHDECK_PACKAGING_DIR}/check-packaging.sh ${CMAKE_BINARY_DIR}
                     ${PROJECT_SOURCE_DIR} $<TARGET_FILE:authdeck-cli>)
    set_tests_properties(integration.packaging PROPERTIES LABELS integration
        SKIP_RETURN_CODE 77 TIMEOUT 120 RUN_SERIAL ON)
endif()
