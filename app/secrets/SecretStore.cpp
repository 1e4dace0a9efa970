#include "secrets/SecretStore.h"

#include "core/Async.h"

#include <memory>

namespace authdeck {

void SecretStore::readRecord(const QString& key, QObject* context,
                             std::function<void(Result<SecretRecord>)> done)
{
    read(key, context, [done = std::move(done)](Result<std::optional<SecretBytes>> r) {
        if (!r.ok())
            done(r.error());
        else if (!r->has_value())
            done(SecretRecord());
        else
            done(SecretRecord::parse(**r));
    });
}

void SecretStore::commit(ProfileStore& store, ProfileStore::Mutation mutation,
                         QList<SecretChange> changes, QObject* context, Done done)
{
    struct State {
        QList<SecretChange> changes;
        QList<SecretChange> undo; // what each written key held before (nullopt: nothing)
        ProfileStore::Mutation mutation;
        Done reply;
    };
    auto st = std::make_shared<State>();
    st->changes = std::move(changes);
    st->mutation = std::move(mutation);
    st->reply = guarded(context, std::move(done));
    // The steps refer to themselves weakly; the callbacks in flight keep them alive.
    using Rollback = std::function<void(Error)>;
    auto rollback = std::make_shared<Rollback>();
    *rollback = [this, st, weak = std::weak_ptr<Rollback>(rollback)](Error error) {
        if (st->undo.isEmpty()) {
            st->reply(error);
            return;
        }
        const SecretChange u = st->undo.takeLast();
        auto next = [self = weak.lock(), error](Status) { (*self)(error); };
        if (u.value)
            write(u.key, *u.value, this, next);
        else
            remove(u.key, this, next);
    };
    using Step = std::function<void(int)>;
    auto step = std::make_shared<Step>();
    *step = [this, st, weak = std::weak_ptr<Step>(step), rollback, &store](int i) {
        const std::shared_ptr<Step> step = weak.lock();
        if (i >= st->changes.size()) {
            const Status saved = st->mutation ? store.update(st->mutation) : Status();
            if (!saved.ok()) {
                (*rollback)(saved.error());
                return;
            }
            st->reply(saved);
            return;
        }
        const SecretChange c = st->changes.at(i);
        read(c.key, this, [this, st, step, rollback, c, i](Result<std::optional<SecretBytes>> old) {
            if (!old.ok()) {
                (*rollback)(old.error());
                return;
            }
            auto after = [st, step, rollback, c, old, i](Status s) {
                if (!s.ok()) {
                    (*rollback)(s.error());
                    return;
                }
                st->undo.append({c.key, *old});
                (*step)(i + 1);
            };
            if (c.value)
                write(c.key, *c.value, this, after);
            else
                remove(c.key, this, after);
        });
    };
    postLater(this, [step] { (*step)(0); });
}

} // namespace authdeck
