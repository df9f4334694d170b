#!/usr/bin/env python3
"""Writes a synthetic subtree ledger as CSV for the import benchmark: ROWS rows over the agencies
BENCH-L (a district) and BENCH-L-01 … BENCH-L-20, received 2019–2023, varied applicant types, channels and
outcomes as offices print them, about nine in ten concluded. Usage: generate-ledger.py ROWS FILE"""
import random
import sys
from datetime import date, timedelta

rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(13)
agencies = ["BENCH-L"] + ["BENCH-L-%02d" % i for i in range(1, 21)]
types = ["自然人"] * 6 + ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他组织"]
channels = ["网络", "网络", "网上", "当面", "信函", "传真", "电子邮件"]
outcomes = ["予以公开"] * 5 + ["部分公开"] * 2 + ["不予公开-属于国家秘密", "属于四类过程性信息", "本机关不掌握相关政府信息",
            "没有现成信息需要另行制作", "重复申请", "信访举报投诉类申请", "其他处理-其他"]
start = date(2019, 1, 1)
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("机关代码,申请编号,收到日期,申请方式,申请人类型,申请人,证件号码,联系电话,申请内容,答复日期,处理结果\r\n")
    for i in range(rows):
        received = start + timedelta(days=random.randrange(5 * 365))
        concluded, outcome = "", ""
        if random.random() < 0.9:
            concluded = (received + timedelta(days=random.randrange(1, 40))).isoformat()
            if concluded > "2023-12-31":
                concluded = ""
            else:
                outcome = random.choice(outcomes)
        out.write("%s,B%07d,%s,%s,%s,申请人%d,3505041990%08d,138%08d,关于第%d号事项的政府信息,%s,%s\r\n" % (
            agencies[i % len(agencies)], i, received.isoformat(), random.choice(channels), random.choice(types),
            i % 5000, i, i, i % 100000, concluded, outcome))
