"""Parser for command-line options in the style of C's getopt() (Gilt's getopt).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Offers ``getopt``, ``gnu_getopt`` (options and arguments intermixed; a leading '+' in
the short options or ``POSIXLY_CORRECT`` in the environment stops at the first
argument) and ``GetoptError`` (alias ``error``, with ``msg`` and ``opt``), with
CPython 3.11's results and messages (unique prefixes of long options accepted).
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _longopt_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    opts = []
    longopts = _longopt_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        first = args[0]
        if first == '--':
            args = args[1:]
            break
        if first.startswith('--'):
            opts, args = do_longs(opts, first[2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, first[1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    opts = []
    prog_args = []
    longopts = _longopt_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        all_options_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        all_options_first = True
    else:
        all_options_first = False
    while args:
        first = args[0]
        if first == '--':
            prog_args += args[1:]
            break
        if first[:2] == '--':
            opts, args = do_longs(opts, first[2:], longopts, args[1:])
        elif first[:1] == '-' and first != '-':
            opts, args = do_shorts(opts, first[1:], shortopts, args[1:])
        elif all_options_first:
            prog_args += args
            break
        else:
            prog_args.append(first)
            args = args[1:]
    return opts, prog_args


def do_longs(opts, opt, longopts, args):
    i = opt.find('=')
    if i < 0:
        optarg = None
    else:
        optarg = opt[i + 1:]
        opt = opt[:i]
    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg = args[0]
            args = args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def long_has_args(opt, longopts):
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = matches[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def do_shorts(opts, optstring, shortopts, args):
    while optstring != '':
        opt = optstring[0]
        optstring = optstring[1:]
        if short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring = args[0]
                args = args[1:]
            optarg = optstring
            optstring = ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    n = len(shortopts)
    for i in range(n):
        if opt == shortopts[i] and opt != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
