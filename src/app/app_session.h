#pragma once
// One open Uplift file and who acts on it. The GUI thread's connection lives here; background
// work opens its own connection to the same path (one connection per thread).
#include <QDate>
#include <QString>

#include <memory>
#include <string_view>

#include "db/connection.h"
#include "io/import_kind.h"
#include "security/action_context.h"

namespace uplift::app {

// From the command line: who acts and which business date is "today".
struct SessionOptions {
    // Empty: the file's default user, its rep in a rep file and "admin" otherwise (SPEC §1).
    QString userName;
    QDate today = QDate::currentDate();
};

class AppSession {
  public:
    // Both throw the core's exceptions (UserError, DatabaseError) with a message for the user.
    static std::unique_ptr<AppSession> open(const QString& path, const SessionOptions& options);
    static std::unique_ptr<AppSession> create(const QString& path, const QString& currencyCode,
                                              const SessionOptions& options);

    db::Connection& connection() { return conn_; }
    // The actor stamped with this moment's wall clock: pass one to each core call.
    ActionContext action() const;
    const ActionContext& actor() const { return actor_; }

    const QString& filePath() const { return path_; }
    QString fileName() const;
    QString currencyCode();
    QString userName() const;
    // "Administrator", "Brand manager, Finance"
    QString roleTitles() const;
    QDate today() const;
    // Set when opening migrated the file: where the automatic backup went.
    const QString& migrationBackup() const { return migrationBackup_; }

    // A rep file (SPEC §6.1): whose it is; empty for a main file.
    const QString& repName() const { return repName_; }
    bool isRepFile() const { return !repName_.isEmpty(); }

    // Rights come from the core (Admin holds all); the GUI only shows or hides actions. In a rep
    // file only target entry is offered: nothing else travels back to the main file.
    bool can(std::string_view right);
    bool canImport(ImportKind kind);
    bool canImportAny();

  private:
    AppSession(db::Connection conn, ActionContext actor, QString path);
    db::Connection conn_;
    ActionContext actor_;
    QString path_;
    QString migrationBackup_;
    QString repName_;
};

}  // namespace uplift::app
