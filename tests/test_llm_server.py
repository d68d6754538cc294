"""The test server's varied answers (bench_batch: each paper answered with its own summary)."""

import json

from llm_server import Received, answers_by_paper, completion, paper_of


def request_for(paper: str) -> Received:
    body = {"messages": [{"role": "user", "content": f"Summarise.\n<<<PAPER\n{paper}\nPAPER>>>"}]}
    return Received("/v1/chat/completions", {}, body)


def content(reply) -> dict:
    return json.loads(reply.body["choices"][0]["message"]["content"])


def test_each_paper_gets_its_own_summary_and_others_a_varied_one():
    one, two = request_for("First paper."), request_for("Second paper.")
    summaries = {paper_of(one.body): {"headline": "one"}, paper_of(two.body): {"headline": "two"}}
    reply = answers_by_paper(summaries, completion({"headline": "fixed"}))
    assert content(reply(one)) == {"headline": "one"}
    assert content(reply(two)) == {"headline": "two"}
    others = {content(reply(request_for(f"Paper {n}.")))["headline"] for n in range(20)}
    assert others == {"one", "two"}  # an unknown paper still gets one of the summaries
    no_paper = Received("/v1/chat/completions", {}, {"messages": []})
    assert content(reply(no_paper)) == {"headline": "fixed"}
