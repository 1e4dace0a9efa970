#include "core/Log.h"

Q_LOGGING_CATEGORY(lcCatalog, "authdeck.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "authdeck.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "authdeck.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "authdeck.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "authdeck.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLifecycle, "authdeck.lifecycle", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "authdeck.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBundle, "authdeck.bundle", QtWarningMsg)
