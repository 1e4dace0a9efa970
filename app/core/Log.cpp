#include "core/Log.h"

Q_LOGGING_CATEGORY(lcCatalog, "authdeck.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "authdeck.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "authdeck.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "authdeck.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "authdeck.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLifecycle, "authdeck.lifecycle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "authdeck.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBundle, "authdeck.bundle", QtInfoMsg)
