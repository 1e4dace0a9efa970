#pragma once

#include <QLoggingCategory>

// Logging categories. Log key names and outcomes, never secret values: tokens, client secrets,
// passwords, passphrases, PKCE verifiers, authorization codes and key material stay out of every
// message at every level.
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcLifecycle)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcBundle)
