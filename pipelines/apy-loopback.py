#!/usr/bin/python3
"""Runs Apertium APY bound to 127.0.0.1 only.

apertium-apy has no option for the listen address and binds every interface; a local
translation engine for this job has no reason to be reachable from the network.
Usage: apy-loopback.py -p PORT /usr/share/apertium/modes
"""
import sys

import tornado.tcpserver

_bind = tornado.tcpserver.TCPServer.bind


def _bind_loopback(self, port, address=None, *args, **kwargs):
    return _bind(self, port, address or "127.0.0.1", *args, **kwargs)


tornado.tcpserver.TCPServer.bind = _bind_loopback

from apertium_apy.apy import main  # noqa: E402  (must come after the patch)

sys.argv[0] = "apertium-apy"
sys.exit(main())
