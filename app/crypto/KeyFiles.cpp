#include "crypto/KeyFiles.h"

#include "crypto/Random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace authdeck::crypto {

namespace {

#ifdef Q_OS_UNIX
Error ioError(const QString& path, int error)
{
    return fail(ErrorKind::Other,
                QCoreApplication::translate("authdeck::crypto::KeyFiles", "Could not write %1: %2")
                    .arg(QDir::toNativeSeparators(path), qt_error_string(error)));
}

Error existsError(const QString& path)
{
    return fail(ErrorKind::Usage,
                QCoreApplication::translate("authdeck::crypto::KeyFiles",
                                            "%1 already exists; choose another file name")
                    .arg(QDir::toNativeSeparators(path)));
}

// 0 or the errno of the failure.
int writeAll(int fd, const QByteArray& data)
{
    const char* p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        p += n;
        left -= n;
    }
    return 0;
}

// Makes the new directory entry itself survive a crash.
void syncDirectory(const QByteArray& dir)
{
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif

} // namespace

Status KeyFiles::writeKeyFile(const QString& path, const SecretBytes& content, Existing existing)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    if (existing == Existing::Refuse && QFileInfo::exists(info.absoluteFilePath()))
        return existsError(path);

    // Hidden, unguessable, in the same folder (so the final rename or link never crosses a
    // file system).
    const QByteArray temp =
        QFile::encodeName(info.absolutePath() + QLatin1String("/.") + info.fileName()
                          + QLatin1String(".tmp-") + Random::randomToken(12));
    // O_EXCL: never reuse a file someone planted; the mode is 0600 from the first instant, and
    // fchmod makes it exactly that even under an unusual umask.
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                          S_IRUSR | S_IWUSR);
    if (fd < 0)
        return ioError(path, errno);
    int error = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 ? writeAll(fd, content.bytes()) : errno;
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        ::unlink(temp.constData());
        return ioError(path, error);
    }

    if (existing == Existing::Replace) {
        if (::rename(temp.constData(), target.constData()) != 0) {
            error = errno;
            ::unlink(temp.constData());
            return ioError(path, error);
        }
    } else {
        // link() fails if the name exists, so a file that appeared since the check above is
        // never overwritten.
        if (::link(temp.constData(), target.constData()) != 0) {
            error = errno;
            ::unlink(temp.constData());
            return error == EEXIST ? existsError(path) : ioError(path, error);
        }
        ::unlink(temp.constData());
    }
    syncDirectory(dir);
    return {};
#else
    Q_UNUSED(path)
    Q_UNUSED(content)
    Q_UNUSED(existing)
    return fail(ErrorKind::Other, QCoreApplication::translate(
                                      "authdeck::crypto::KeyFiles",
                                      "Writing key files is not supported on this system yet"));
#endif
}

GeneratedKeyFile generateKeyFile(int bits, const SecretBytes& passphrase, const QString& path,
                                 const std::atomic_bool* cancel)
{
    GeneratedKeyFile g;
    g.key = RsaKey::generate(bits, cancel);
    if (!g.key.ok())
        return g;
    Result<QByteArray> pem = g.key->toEncryptedPkcs8Pem(passphrase);
    if (cancel && cancel->load()) {
        g.key = fail(ErrorKind::Cancelled, QString());
        return g;
    }
    if (!pem.ok()) {
        g.written = pem.error();
        return g;
    }
    g.written = KeyFiles::writeKeyFile(path, SecretBytes(*pem));
    return g;
}

} // namespace authdeck::crypto
