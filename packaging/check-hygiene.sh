#!/usr/bin/env bash
# Source rules CI enforces (issue 11, process hygiene). Each rule is a grep over app/, ui/ and
# tests/; a line may opt out only with a "hygiene-ok:" comment that gives the reason.
#   1. No bare ignoreSslErrors(): waive only the errors just reported, for a pinned certificate.
#   2. No QSslSocket::VerifyNone: TLS peers are always verified (a server that does not ask
#      clients for certificates says so with hygiene-ok).
#   3. No QSslConfiguration::setDefaultConfiguration: trust is per request, never process-wide.
#   4. No application-wide proxy: the engine's own manager has its proxy factory (loopback is
#      never proxied); setting Qt's global one would reach every other socket in the process.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
status=0
rule() {
    local what=$1 pattern=$2 hits
    hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" app ui tests | grep -v 'hygiene-ok:' || true)
    if [ -n "$hits" ]; then
        echo "FAIL: $what" >&2
        echo "$hits" >&2
        status=1
    fi
}
rule "bare ignoreSslErrors() waives every TLS error" 'ignoreSslErrors\(\s*\)'
rule "QSslSocket::VerifyNone turns off certificate checks" 'VerifyNone'
rule "a process-wide TLS configuration change" 'setDefaultConfiguration\('
rule "an application-wide proxy change" 'setUseSystemConfiguration\(|setApplicationProxy(Factory)?\('
[ $status -eq 0 ] && echo "hygiene rules hold"
exit $status
