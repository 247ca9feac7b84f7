// A comment's text with its @mentions set apart (which ones reached someone is the server's
// business; here every @word reads as a mention).
const MENTION = /(@[\p{L}\p{N}][\p{L}\p{N}._-]*)/u;

export function CommentBody({ text }: { text: string }) {
  return (
    <p className="text-sm break-words whitespace-pre-wrap" data-testid="comment-text">
      {text.split(MENTION).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="font-medium text-accent">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
