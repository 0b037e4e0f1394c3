-- People across articles (issue 13): after accepting suggestions over a corpus, do the 50 most-mentioned
-- people exist twice? A namesake here is another person whose name ends with theirs or whose name theirs
-- ends with ("Blair" beside "Tony Blair", "Sir Alex Ferguson" beside "Alex Ferguson"). Run by people-bench.sh.
.mode list
.separator " | "
CREATE TEMP TABLE counts AS SELECT p.Id, p.Name, p.Key, COUNT(a.Id) AS n FROM People p JOIN Annotations a ON a.PersonId = p.Id GROUP BY p.Id;
CREATE TEMP TABLE top AS SELECT * FROM counts ORDER BY n DESC, Name LIMIT 50;
SELECT 'people', COUNT(*) FROM People;
SELECT 'annotations', COUNT(*) FROM Annotations;
SELECT 'top50 with a namesake person (one name ends the other)', COUNT(DISTINCT t.Id) FROM top t JOIN counts c ON c.Id != t.Id AND (c.Key LIKE '% ' || t.Key OR t.Key LIKE '% ' || c.Key);
SELECT 'dup', t.Name, t.n, c.Name, c.n FROM top t JOIN counts c ON c.Id != t.Id AND (c.Key LIKE '% ' || t.Key OR t.Key LIKE '% ' || c.Key) ORDER BY t.n DESC;
SELECT 'top', group_concat(Name || ' ' || n, '; ') FROM top;
