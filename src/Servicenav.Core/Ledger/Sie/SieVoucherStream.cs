using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Sie;

/// <summary>
/// Reads a SIE 4 file line by line and hands out each voucher as its closing brace is read, so a ledger of hundreds
/// of thousands of rows is never held as objects: the <see cref="Document"/> keeps what comes before the vouchers in
/// SIE 4's order (identification, chart, dimensions, balances) and nothing of the vouchers. Bad lines go to the
/// error list given; reading goes on, so every bad line of the file is reported.
/// </summary>
public sealed class SieVoucherStream
{
    private readonly TextReader _text;
    private readonly ReaderState _state;

    public SieVoucherStream(TextReader text, string fileName, ImportErrorList errors)
    {
        _text = text;
        _state = new ReaderState(fileName, errors);
    }

    /// <summary>A file's bytes, in the encoding they turn out to be (<see cref="SieTextEncoding"/>), read as a stream.</summary>
    public static SieVoucherStream Open(byte[] bytes, string fileName, ImportErrorList errors)
    {
        var encoding = SieTextEncoding.Detect(bytes);
        return new SieVoucherStream(new StreamReader(new MemoryStream(bytes, writable: false), encoding, detectEncodingFromByteOrderMarks: false), fileName, errors);
    }

    /// <summary>What the file says besides its vouchers: complete once <see cref="Vouchers"/> has been read to the end.</summary>
    public SieDocument Document => _state.Document;

    public string FileName => _state.FileName;

    /// <summary>The vouchers in file order, each once its closing brace is read. Enumerate once.</summary>
    public IEnumerable<SieVoucher> Vouchers()
    {
        var number = 0;
        while (_text.ReadLine() is { } line)
        {
            number++;
            _state.Line = number;
            SieVoucher? closed = null;
            try
            {
                closed = SieReader.ReadLine(_state, line);
            }
            catch (FormatException e)
            {
                _state.Errors.Add(_state.FileName, number, null, e.Message);
                if (_state.InVoucher && _state.Voucher is { } open)
                {
                    open.HasUnreadableRows = true;
                }
            }

            if (closed is not null)
            {
                yield return closed;
            }
        }

        if (_state.Voucher is not null)
        {
            _state.Errors.Add(_state.FileName, _state.Voucher.Line, null, string.Format(SwedishCulture.Culture, LedgerMessages.Sie_VoucherNotClosed, _state.Voucher.Reference));
        }
    }
}
