/* karta-sandbox.c — the page renderer sealed before it reads a document
 *
 * poppler parses untrusted scans; a bug in it must not get the user's
 * rights. Beside the memory and CPU limits its parent sets, the renderer
 * seals itself with seccomp-bpf (libseccomp) and no new privileges: it
 * cannot create a socket, start a program or a process, write, create,
 * rename or remove a file, trace another process or leave its namespaces.
 * What it needs stays: reading files (the document, fonts), memory,
 * threads, and the socket to Karta it was given. A denied call fails with
 * EPERM rather than killing the process, so that poppler and fontconfig
 * fail the way they do on a read-only system.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-page-renderer"

#define _GNU_SOURCE /* CLONE_THREAD */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-sandbox.h"

/* Calls denied outright */
static const int denied_calls[] = {
  /* the network, and any other socket than the one given */
  SCMP_SYS (socket),
  SCMP_SYS (socketpair),
  SCMP_SYS (connect),
  SCMP_SYS (bind),
  SCMP_SYS (listen),
  SCMP_SYS (accept),
  SCMP_SYS (accept4),
  /* other programs and processes */
  SCMP_SYS (execve),
  SCMP_SYS (execveat),
  SCMP_SYS (fork),
  SCMP_SYS (vfork),
  SCMP_SYS (kill),
  SCMP_SYS (ptrace),
  SCMP_SYS (process_vm_readv),
  SCMP_SYS (process_vm_writev),
  /* the file system, but for reading */
  SCMP_SYS (creat),
  SCMP_SYS (truncate),
  SCMP_SYS (unlink),
  SCMP_SYS (unlinkat),
  SCMP_SYS (rename),
  SCMP_SYS (renameat),
  SCMP_SYS (renameat2),
  SCMP_SYS (link),
  SCMP_SYS (linkat),
  SCMP_SYS (symlink),
  SCMP_SYS (symlinkat),
  SCMP_SYS (mkdir),
  SCMP_SYS (mkdirat),
  SCMP_SYS (rmdir),
  SCMP_SYS (mknod),
  SCMP_SYS (mknodat),
  SCMP_SYS (chmod),
  SCMP_SYS (fchmodat),
  SCMP_SYS (chown),
  SCMP_SYS (lchown),
  SCMP_SYS (fchownat),
  SCMP_SYS (utimensat),
  SCMP_SYS (setxattr),
  SCMP_SYS (removexattr),
  /* the system */
  SCMP_SYS (mount),
  SCMP_SYS (umount2),
  SCMP_SYS (pivot_root),
  SCMP_SYS (chroot),
  SCMP_SYS (unshare),
  SCMP_SYS (setns),
  SCMP_SYS (bpf),
  SCMP_SYS (perf_event_open),
  SCMP_SYS (keyctl),
  SCMP_SYS (add_key),
  SCMP_SYS (request_key),
  SCMP_SYS (userfaultfd),
  SCMP_SYS (io_uring_setup),
  SCMP_SYS (init_module),
  SCMP_SYS (finit_module),
  SCMP_SYS (delete_module),
  SCMP_SYS (reboot),
  SCMP_SYS (kexec_load),
  SCMP_SYS (setuid),
  SCMP_SYS (setgid),
  SCMP_SYS (setreuid),
  SCMP_SYS (setregid),
  SCMP_SYS (setresuid),
  SCMP_SYS (setresgid),
  SCMP_SYS (setgroups),
  SCMP_SYS (personality),
};

static gboolean
add_rule (scmp_filter_ctx ctx,
          int             error_code,
          int             call,
          unsigned int    n_args,
          ...)
{
  struct scmp_arg_cmp args[2];
  va_list             list;

  va_start (list, n_args);
  for (unsigned int i = 0; i < n_args && i < G_N_ELEMENTS (args); i++)
    args[i] = va_arg (list, struct scmp_arg_cmp);
  va_end (list);
  return seccomp_rule_add_array (ctx, SCMP_ACT_ERRNO (error_code), call, n_args, args) == 0;
}

/* Opening for writing or creating: the flags are argument 1 of open(),
 * 2 of openat() */
static gboolean
deny_writing_opens (scmp_filter_ctx ctx)
{
  const struct
  {
    int          call;
    unsigned int flags_arg;
  } opens[] = { { SCMP_SYS (open), 1 }, { SCMP_SYS (openat), 2 } };

  for (guint i = 0; i < G_N_ELEMENTS (opens); i++)
    {
      unsigned int a = opens[i].flags_arg;

      if (!add_rule (ctx, EPERM, opens[i].call, 1, SCMP_CMP (a, SCMP_CMP_MASKED_EQ, O_ACCMODE, O_WRONLY)) ||
          !add_rule (ctx, EPERM, opens[i].call, 1, SCMP_CMP (a, SCMP_CMP_MASKED_EQ, O_ACCMODE, O_RDWR)) ||
          !add_rule (ctx, EPERM, opens[i].call, 1, SCMP_CMP (a, SCMP_CMP_MASKED_EQ, O_CREAT, O_CREAT)))
        return FALSE;
    }
  return TRUE;
}

/**
 * karta_sandbox_seal:
 *
 * Seals the calling process for good (see the top of this file); it stays
 * as it is if @error is set.
 *
 * Returns: %FALSE with @error set when the kernel or libseccomp refused
 */
gboolean
karta_sandbox_seal (GError **error)
{
  scmp_filter_ctx ctx = seccomp_init (SCMP_ACT_ALLOW);
  gboolean        ok = ctx != NULL;

#if defined(__SANITIZE_ADDRESS__)
  /* LeakSanitizer stops the world with ptrace at exit, which the seal
   * forbids: in a sanitizer build the leaks are looked for now, and then
   * no more */
  __lsan_do_leak_check ();
#endif

  /* no new privileges (libseccomp's default, said again) */
  ok = ok && seccomp_attr_set (ctx, SCMP_FLTATR_CTL_NNP, 1) == 0;
  for (guint i = 0; ok && i < G_N_ELEMENTS (denied_calls); i++)
    ok = add_rule (ctx, EPERM, denied_calls[i], 0);
  /* threads, not processes: clone without CLONE_THREAD is a fork; clone3
   * hides its flags, and glibc falls back to clone when it is missing */
  ok = ok && add_rule (ctx, EPERM, SCMP_SYS (clone), 1, SCMP_A0 (SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
  ok = ok && add_rule (ctx, ENOSYS, SCMP_SYS (clone3), 0);
  ok = ok && deny_writing_opens (ctx);
  ok = ok && seccomp_load (ctx) == 0;
  if (ctx != NULL)
    seccomp_release (ctx);
  if (!ok)
    g_set_error_literal (error, KARTA_ERROR, KARTA_ERROR_FAILED, _ ("the system refused to seal the page renderer"));
  return ok;
}
