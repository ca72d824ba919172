// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// A core dump of this very process, made by gdb's `gcore` in a child process, mapped read-only
// and searched for byte strings; the file is deleted when the object goes. What counts is what
// the dump holds: every writable page of the process (heap, JS heap, thread stacks, library
// data), as a crash dump or a debugger would see it.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <cstring>
#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

class CoreDump
{
public:
    struct Segment
    {
        quint64 address = 0;
        quint64 offset = 0;
        quint64 size = 0;
    };

    CoreDump() = default;
    CoreDump(const CoreDump &) = delete;
    CoreDump &operator=(const CoreDump &) = delete;
    ~CoreDump() { release(); }

    // Dumps this process into `dir` with gdb's gcore. Empty on success, else why not.
    QString take(const QString &dir)
    {
        release();
        const QString gdbPath = QStandardPaths::findExecutable(QStringLiteral("gdb"));
        if (gdbPath.isEmpty())
            return QStringLiteral("gdb not found (scripts/deps.sh)");
        // Yama (ptrace_scope 1) lets only an ancestor attach; gdb is our child, so say it may.
        (void)prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
        excludeWhatHoldsNothing();
        const QString file = QDir(dir).filePath(QStringLiteral("core.%1").arg(::getpid()));
        QProcess gdb;
        gdb.setProcessChannelMode(QProcess::MergedChannels);
        // What the gcore script runs, without reading every library's symbols first (half of
        // its time here): writing the dump needs none of them.
        gdb.start(gdbPath,
                  {QStringLiteral("-nx"), QStringLiteral("-batch"), QStringLiteral("-iex"),
                   QStringLiteral("set auto-solib-add off"), QStringLiteral("-iex"),
                   QStringLiteral("set debuginfod enabled off"), QStringLiteral("-p"),
                   QString::number(::getpid()), QStringLiteral("-ex"),
                   QStringLiteral("gcore ") + file});
        if (!gdb.waitForFinished(180000) || gdb.exitCode() != 0 || !QFileInfo::exists(file))
            return QStringLiteral("gcore failed: ") + QString::fromLocal8Bit(gdb.readAll());
        m_path = file;
        return map();
    }

    quint64 bytes() const { return m_size; }
    quint64 memoryBytes() const
    {
        quint64 n = 0;
        for (const Segment &s : m_segments)
            n += s.size;
        return n;
    }
    const QList<Segment> &segments() const { return m_segments; }

    // Addresses (in the dumped process) of every occurrence of `needle` in its memory.
    QList<quint64> find(const QByteArray &needle) const
    {
        QList<quint64> hits;
        if (needle.isEmpty())
            return hits;
        for (const Segment &s : m_segments) {
            const char *begin = m_data + s.offset;
            const char *end = begin + s.size;
            const char *at = begin;
            while (at < end) {
                const void *found =
                    memmem(at, size_t(end - at), needle.constData(), size_t(needle.size()));
                if (!found)
                    break;
                const char *p = static_cast<const char *>(found);
                hits.append(s.address + quint64(p - begin));
                at = p + 1;
            }
        }
        return hits;
    }

    // The dumped bytes at `address` (up to `size`, within one segment), for a closer look.
    QByteArray bytesAt(quint64 address, qsizetype size) const
    {
        for (const Segment &s : m_segments) {
            if (address < s.address || address >= s.address + s.size)
                continue;
            const quint64 from = address - s.address;
            const quint64 n = qMin<quint64>(quint64(size), s.size - from);
            return QByteArray(m_data + s.offset + from, qsizetype(n));
        }
        return {};
    }

    void release()
    {
        if (m_data)
            munmap(const_cast<char *>(m_data), m_size);
        m_data = nullptr;
        m_size = 0;
        m_segments.clear();
        if (!m_path.isEmpty()) {
            QFile::remove(m_path);
        }
        m_path.clear();
    }

private:
    // gdb writes every mapping in full, also address space that cannot hold anything: the
    // PROT_NONE space glibc reserves for each malloc arena (64 MB per thread arena), and the
    // never-touched pages of thread stacks and heaps (zeros): about 700 MB per dump here. Those
    // are marked "do not dump" (gdb honours VM_DONTDUMP). A private page that is neither in
    // memory nor in swap has never been written since it was mapped or discarded: it reads as
    // zeros (or as its file) and cannot hold anything typed. Every readable mapping is marked
    // "dump" again first, since such pages get written later and the mark would hide them.
    // (A page first written by another thread in the moment between this and gdb stopping the
    // process would be missed; the kiosk's other threads are idle while the test waits.)
    static void excludeWhatHoldsNothing()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return;
        const int pagemap = ::open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
        const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
        const QList<QByteArray> lines = maps.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 5)
                continue;
            const QList<QByteArray> range = fields.at(0).split('-');
            if (range.size() != 2)
                continue;
            bool ok1 = false;
            bool ok2 = false;
            const quintptr from = range.at(0).toULongLong(&ok1, 16);
            const quintptr to = range.at(1).toULongLong(&ok2, 16);
            if (!ok1 || !ok2 || to <= from || line.contains("[vsyscall]")
                || line.contains("[vvar]"))
                continue;
            const QByteArray perms = fields.at(1);
            if (perms.startsWith("---")) {
                if (fields.size() < 6) // reserved, never readable
                    (void)madvise(reinterpret_cast<void *>(from), to - from, MADV_DONTDUMP);
                continue;
            }
            if (!perms.startsWith('r'))
                continue;
            (void)madvise(reinterpret_cast<void *>(from), to - from, MADV_DODUMP);
            if (pagemap >= 0 && perms.size() >= 4 && perms.at(3) == 'p')
                excludeUntouched(pagemap, from, to, page);
        }
        if (pagemap >= 0)
            ::close(pagemap);
    }

    static void excludeUntouched(int pagemap, quintptr from, quintptr to, quintptr page)
    {
        constexpr quint64 present = quint64(1) << 63;
        constexpr quint64 swapped = quint64(1) << 62;
        constexpr quintptr minimumRun = 16; // pages; fewer would split mappings for little
        const quintptr pages = (to - from) / page;
        QList<quint64> entries(qsizetype(pages), 0);
        const ssize_t want = ssize_t(pages * sizeof(quint64));
        if (pread(pagemap, entries.data(), size_t(want), off_t(from / page * sizeof(quint64)))
            != want)
            return;
        quintptr runStart = 0;
        quintptr runLength = 0;
        auto flush = [&] {
            if (runLength >= minimumRun)
                (void)madvise(reinterpret_cast<void *>(from + runStart * page), runLength * page,
                              MADV_DONTDUMP);
            runLength = 0;
        };
        for (quintptr i = 0; i < pages; ++i) {
            if (entries.at(qsizetype(i)) & (present | swapped)) {
                flush();
                continue;
            }
            if (runLength == 0)
                runStart = i;
            ++runLength;
        }
        flush();
    }

    QString map()
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return QStringLiteral("cannot open ") + m_path;
        struct stat st = {};
        if (fstat(fd, &st) != 0 || st.st_size < qint64(sizeof(Elf64_Ehdr))) {
            ::close(fd);
            return QStringLiteral("empty core ") + m_path;
        }
        m_size = size_t(st.st_size);
        void *data = mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        ::close(fd);
        if (data == MAP_FAILED) {
            m_size = 0;
            return QStringLiteral("cannot map ") + m_path;
        }
        m_data = static_cast<const char *>(data);
        (void)madvise(data, m_size, MADV_SEQUENTIAL);
        const auto *header = reinterpret_cast<const Elf64_Ehdr *>(m_data);
        if (header->e_phoff > m_size
            || quint64(header->e_phnum) * header->e_phentsize > m_size - header->e_phoff)
            return QStringLiteral("damaged core: ") + m_path;
        if (std::memcmp(header->e_ident, ELFMAG, SELFMAG) != 0 || header->e_type != ET_CORE)
            return QStringLiteral("not an ELF core: ") + m_path;
        for (int i = 0; i < header->e_phnum; ++i) {
            const auto *ph = reinterpret_cast<const Elf64_Phdr *>(
                m_data + header->e_phoff + quint64(i) * header->e_phentsize);
            if (ph->p_type != PT_LOAD || ph->p_filesz == 0 || ph->p_offset > m_size
                || ph->p_filesz > m_size - ph->p_offset)
                continue;
            m_segments.append({ph->p_vaddr, ph->p_offset, ph->p_filesz});
        }
        if (m_segments.isEmpty())
            return QStringLiteral("no memory in ") + m_path;
        return {};
    }

    QString m_path;
    const char *m_data = nullptr;
    size_t m_size = 0;
    QList<Segment> m_segments;
};
