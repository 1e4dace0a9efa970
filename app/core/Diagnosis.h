#pragma once

#include "core/Error.h"

#include <QString>

namespace authdeck {

// The one place that turns a Diagnosis into words: a stable id (CLI --json "diagnosis"), the
// plain cause and the next step the admin should take. The CLI prints them after its error line
// and the GUI shows them in its error boxes and the account details, so both say the same.

// "refresh-token-expired", "tls-error", ...; empty for Diagnosis::None.
[[nodiscard]] QString diagnosisId(Diagnosis d);
// A short plain cause ("The sign-in expired or was revoked"); empty for Diagnosis::None.
[[nodiscard]] QString diagnosisCause(Diagnosis d);
// What to do next, one sentence; empty for Diagnosis::None.
[[nodiscard]] QString nextStep(Diagnosis d);
// The error's message followed by its next step (when it has a diagnosis), for dialogs.
[[nodiscard]] QString messageWithNextStep(const Error& e);

} // namespace authdeck
