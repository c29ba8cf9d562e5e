#include "session_bar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "app_session.h"

namespace uplift::app {

SessionBar::SessionBar(QWidget* parent)
    : QWidget(parent),
      file_(new QLabel(this)),
      offline_(new QLabel(this)),
      user_(new QLabel(this)),
      today_(new QLabel(this)) {
    setObjectName(QStringLiteral("sessionBar"));
    file_->setObjectName(QStringLiteral("sessionFileLabel"));
    user_->setObjectName(QStringLiteral("sessionUserLabel"));
    today_->setObjectName(QStringLiteral("sessionTodayLabel"));
    offline_->setObjectName(QStringLiteral("offlineBadge"));
    offline_->setStyleSheet(
        QStringLiteral("QLabel#offlineBadge { background: #c2570c; color: white; font-weight: bold;"
                       " border-radius: 4px; padding: 2px 8px; }"));
    offline_->setVisible(false);
    QFont big = file_->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    file_->setFont(big);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QWidget#sessionBar { border-bottom: 1px solid palette(mid); }"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(18);
    layout->addWidget(file_);
    layout->addWidget(offline_);
    layout->addStretch(1);
    layout->addWidget(user_);
    layout->addWidget(today_);
}

void SessionBar::showSession(AppSession* session) {
    if (session == nullptr) {
        file_->clear();
        offline_->clear();
        offline_->setVisible(false);
        user_->clear();
        today_->clear();
        return;
    }
    file_->setText(session->fileName());
    offline_->setText(tr("Offline — rep file of %1").arg(session->repName()));
    offline_->setToolTip(
        tr("Targets of your partners travel back to the main file when it is "
           "merged; everything else here is read-only."));
    offline_->setVisible(session->isRepFile());
    file_->setToolTip(QDir::toNativeSeparators(session->filePath()));
    user_->setText(
        tr("User: <b>%1</b> (%2)")
            .arg(session->userName().toHtmlEscaped(), session->roleTitles().toHtmlEscaped()));
    today_->setText(
        tr("Today: <b>%1</b>").arg(QLocale().toString(session->today(), QLocale::LongFormat)));
}

}  // namespace uplift::app
