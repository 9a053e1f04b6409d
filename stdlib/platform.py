"""Facts about the machine and the interpreter running the program.

``python_implementation()`` is ``'Gilt'``, so that programs and test helpers that check the
implementation know which one runs them; ``python_version()`` is the Python version whose
language Gilt follows. The system facts come from ``os.uname()``. Not offered:
``libc_ver``, ``win32_ver``, ``mac_ver``, ``java_ver``, ``freedesktop_os_release``.
"""

import os
import sys


def python_implementation():
    return 'Gilt'


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_build():
    return ('default', '')


def python_compiler():
    return 'rustc'


def python_branch():
    return ''


def python_revision():
    return ''



def _uname():
    u = os.uname()
    return (u.sysname, u.nodename, u.release, u.version, u.machine)


def uname():
    system, node, release, version, machine = _uname()
    return _Uname(system, node, release, version, machine, processor())


class _Uname:
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __init__(self, *values):
        self._values = values
        for name, value in zip(self._fields, values):
            setattr(self, name, value)

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        return tuple(self._values) == tuple(other)

    def __repr__(self):
        parts = ['%s=%r' % (n, v) for n, v in zip(self._fields, self._values)]
        return 'uname_result(' + ', '.join(parts) + ')'


def system():
    return _uname()[0]


def node():
    return _uname()[1]


def release():
    return _uname()[2]


def version():
    return _uname()[3]


def machine():
    return _uname()[4]


def processor():
    return ''


def architecture(executable=None, bits='', linkage=''):
    return (bits or '64bit', linkage or 'ELF')


def platform(aliased=False, terse=False):
    system_, node_, release_, version_, machine_ = _uname()
    if terse:
        return system_ + '-' + release_
    return '-'.join([system_, release_, machine_, 'with', 'gilt'])
