#pragma once

#include <QObject>
#include <QPointer>

class QLocalServer;
class QWidget;

namespace authdeck::ui {

// One window per profile. The first launch listens on a local socket named from the profile id
// (in the user's runtime folder, owner-only); a later launch with the same profile finds it,
// asks that window to come forward and is told to exit:
//
//     SingleInstance instance(engine.profile().id());
//     if (instance.isSecondary())
//         return 0;                       // the running window was raised instead
//     instance.raiseOnRequest(&window);
//
// Nothing but the word "raise" crosses the socket.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& profileId, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Another instance owns this profile and has been asked to raise its window.
    [[nodiscard]] bool isSecondary() const { return m_secondary; }
    // This instance listens (false when secondary, or when the socket could not be created:
    // then every launch simply opens its own window).
    [[nodiscard]] bool isListening() const;

    // Shows, un-minimizes, raises and activates the window whenever a later launch asks.
    void raiseOnRequest(QWidget* window);

    // Where the socket for this profile lives.
    static QString serverName(const QString& profileId);

Q_SIGNALS:
    void raiseRequested();

private:
    bool notifyRunning();
    void listen();
    void onNewConnection();

    QString m_name;
    QLocalServer* m_server = nullptr;
    QPointer<QWidget> m_window;
    bool m_secondary = false;
};

} // namespace authdeck::ui
