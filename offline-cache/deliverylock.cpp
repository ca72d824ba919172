// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/deliverylock.h"

#include "core/translate.h"

#include "offline-cache/datadir_p.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"ck::DeliveryLock", "ck"}, text);
}

QString busyMessage(const QString &holder)
{
    if (holder.startsWith(QLatin1String("civic-kiosk ")))
        return tr("The kiosk is delivering (%1); try again in a moment.").arg(holder);
    if (!holder.isEmpty())
        return tr("%1 is delivering from this outbox; try again in a moment.").arg(holder);
    return tr("Another program is delivering from this outbox; try again in a moment.");
}

} // namespace

DeliveryLock::DeliveryLock(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_path(QDir(m_dataDir).filePath(QStringLiteral("delivery.lock")))
{ }

DeliveryLock::~DeliveryLock()
{
    release();
    if (m_fd >= 0)
        ::close(m_fd);
}

Status DeliveryLock::openFile()
{
    if (m_fd >= 0)
        return Status::success();
    const QByteArray name = QFile::encodeName(m_path);
    const bool existed = ::access(name.constData(), F_OK) == 0;
    m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return Status::failure(QStringLiteral("lock-io"),
                               tr("The delivery lock %1 cannot be opened: %2")
                                   .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    if (!existed)
        detail::giveToDataDirOwner(m_path, m_dataDir);
    return Status::success();
}

Status DeliveryLock::acquire(int waitMs)
{
    if (m_held)
        return Status::success();
    if (Status s = openFile(); !s)
        return s;
    QDeadlineTimer deadline(std::max(0, waitMs));
    for (;;) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
            break;
        if (errno == EINTR)
            continue;
        if (errno != EWOULDBLOCK)
            return Status::failure(QStringLiteral("lock-io"),
                                   tr("The delivery lock %1 cannot be taken: %2")
                                       .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        if (deadline.hasExpired())
            return Status::failure(QStringLiteral("delivery-busy"), busyMessage(holder()));
        QThread::msleep(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime())));
    }
    m_held = true;
    // The program's file name, not applicationName(): civic-kioskctl borrows the kiosk's
    // application name to find the same default data directory.
    QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    if (program.isEmpty())
        program = QStringLiteral("unknown");
    const QByteArray who = QStringLiteral("%1 (pid %2)\n")
                               .arg(program)
                               .arg(QCoreApplication::applicationPid())
                               .toUtf8();
    // Informational only (for the busy message): a failed write does not undo the lock.
    if (::ftruncate(m_fd, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(m_fd, who.constData(), who.size(), 0);
    }
    return Status::success();
}

void DeliveryLock::release()
{
    if (!m_held)
        return;
    // The holder line goes first, so nobody reads a stale name once the lock is free.
    [[maybe_unused]] const int truncated = ::ftruncate(m_fd, 0);
    ::flock(m_fd, LOCK_UN);
    m_held = false;
}

QString DeliveryLock::holder() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString who = QString::fromUtf8(file.read(200)).trimmed();
    // A holder killed with -9 leaves its line behind (the kernel drops only the lock): name it
    // only while that process is alive.
    static const QRegularExpression pidRe(QStringLiteral("\\(pid (\\d+)\\)$"));
    const auto match = pidRe.match(who);
    if (!match.hasMatch())
        return {};
    const pid_t pid = pid_t(match.captured(1).toLongLong());
    if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM))
        return {};
    return who;
}

} // namespace ck
