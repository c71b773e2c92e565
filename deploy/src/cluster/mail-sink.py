"""The cluster's SMTP server: accepts every mail and appends one JSON line per recipient
(time, recipient, decoded subject) to the file given, so the crash and job checks can count what
really went out, per recipient and subject. Python's own smtpd (3.11); no relay, nothing kept else.

Usage: python3 mail-sink.py PORT FILE
"""
import email
import email.header
import json
import sys
import time
import warnings

# asyncore and smtpd are deprecated in 3.11 but are still the only SMTP server in its standard library
warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore  # noqa: E402
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    def __init__(self, port, path):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.out = open(path, "a", encoding="utf-8")

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data)
        subject = str(email.header.make_header(email.header.decode_header(message.get("Subject", ""))))
        for recipient in rcpttos:
            self.out.write(json.dumps({"at": time.time(), "to": recipient.lower(), "subject": subject},
                                      ensure_ascii=False) + "\n")
        self.out.flush()


if __name__ == "__main__":
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()
