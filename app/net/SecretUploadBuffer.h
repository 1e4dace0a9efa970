#pragma once

#include "core/SecretBytes.h"

#include <QBuffer>

namespace authdeck {

// A request body that holds a secret (a password, a client secret, a refresh token), handed to
// QNetworkAccessManager as the upload device. Qt reads a QBuffer in place (no copy of its own on
// this side of the network thread), so the only copy here is the SecretBytes, wiped when the
// buffer goes; HttpCall parents it to the reply, which Qt requires to outlive the upload.
//
// The copies Qt makes beyond it (the chunk it hands to its network thread, the socket's write
// buffer) are freed by Qt; ProcessHygiene clears freed memory (core/ProcessHygiene.cpp).
class SecretUploadBuffer : public QBuffer {
    Q_OBJECT
public:
    explicit SecretUploadBuffer(SecretBytes body, QObject* parent = nullptr);
    ~SecretUploadBuffer() override;

private:
    SecretBytes m_body;
};

} // namespace authdeck
